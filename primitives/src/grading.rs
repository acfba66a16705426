//! Grading a hoster's measured performance.

/// A grade of 1.0, in the millionths grades are kept in.
pub const FULL_GRADE: u32 = 1_000_000;

/// The grade of a measured latency, in millionths: 1.0 up to 100 ms, then a step down every
/// 100 ms (0.95 up to 200 ms, 0.9 up to 300 ms, ... 0.4 up to 1,300 ms, 0.3 up to 1,400 ms, 0.2 up
/// to 1,500 ms) and 0 above 1,500 ms. Never rises with the latency.
pub fn latency_grade(latency_ms: u32) -> u32 {
	// Grades of the intervals (0, 100], (100, 200], ..., (1400, 1500], in hundredths.
	const TABLE: [u32; 15] = [100, 95, 90, 85, 80, 75, 70, 65, 60, 55, 50, 45, 40, 30, 20];
	let step = latency_ms.saturating_sub(1) / 100;
	TABLE.get(step as usize).map_or(0, |hundredths| hundredths * (FULL_GRADE / 100))
}

/// The share of the full performance bonus a grade earns, in fiftieths: the reference's reward
/// table (50 at a grade of 1.0, 45 from 0.95, 40 from 0.9, 35 from 0.85, 30 from 0.8, 25 from 0.75,
/// 20 from 0.5, 10 from 0.3, 5 below), each bracket including its lower bound. Never falls as the
/// grade rises.
pub fn bonus_fiftieths(grade: u32) -> u32 {
	// (lowest grade of the bracket in hundredths, share in fiftieths), best first.
	const BRACKETS: [(u32, u32); 8] =
		[(100, 50), (95, 45), (90, 40), (85, 35), (80, 30), (75, 25), (50, 20), (30, 10)];
	BRACKETS
		.iter()
		.find(|(from, _)| grade >= from * (FULL_GRADE / 100))
		.map_or(5, |(_, share)| *share)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_bonus_table() {
		for (grade, share) in [
			(FULL_GRADE, 50),
			(u32::MAX, 50),
			(999_999, 45),
			(950_000, 45),
			(949_999, 40),
			(900_000, 40),
			(850_000, 35),
			(800_000, 30),
			(750_000, 25),
			(749_999, 20),
			(500_000, 20),
			(499_999, 10),
			(300_000, 10),
			(299_999, 5),
			(0, 5),
		] {
			assert_eq!(bonus_fiftieths(grade), share, "grade {grade}");
		}
		let mut last = bonus_fiftieths(0);
		for grade in (0..=FULL_GRADE).step_by(1_000) {
			assert!(bonus_fiftieths(grade) >= last, "grade {grade}");
			last = bonus_fiftieths(grade);
		}
	}

	#[test]
	fn the_table() {
		for (ms, grade) in [
			(0, 1_000_000),
			(100, 1_000_000),
			(101, 950_000),
			(200, 950_000),
			(201, 900_000),
			(1_200, 450_000),
			(1_300, 400_000),
			(1_301, 300_000),
			(1_400, 300_000),
			(1_500, 200_000),
			(1_501, 0),
			(u32::MAX, 0),
		] {
			assert_eq!(latency_grade(ms), grade, "{ms} ms");
		}
	}

	#[test]
	fn monotone() {
		let mut last = latency_grade(0);
		for ms in 1..3_000 {
			let g = latency_grade(ms);
			assert!(g <= last, "{ms} ms");
			last = g;
		}
	}
}
