//! Geohashes: where providers are and where plans want their data.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::{bounded::BoundedVec, ConstU32};

/// The longest geohash (12 characters locate a few centimetres).
pub const MAX_GEOHASH_LEN: u32 = 12;

/// A geohash as ASCII bytes, e.g. `b"u33d"`. Empty means "anywhere".
pub type Geohash = BoundedVec<u8, ConstU32<MAX_GEOHASH_LEN>>;

/// The base-32 alphabet of geohashes.
pub const ALPHABET: &[u8; 32] = b"0123456789bcdefghjkmnpqrstuvwxyz";

/// Whether every byte is a geohash character (lower case).
pub fn is_valid(geohash: &[u8]) -> bool {
	geohash.iter().all(|c| ALPHABET.contains(c))
}

/// Whether a provider at `location` is inside `region`: the location starts with the region's
/// geohash (an empty region contains everything).
pub fn contains(region: &[u8], location: &[u8]) -> bool {
	location.starts_with(region)
}

/// A region component of a plan, or a provider's location.
#[derive(Clone, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub struct Region {
	/// The region's geohash.
	pub geohash: Geohash,
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn validity_and_containment() {
		assert!(is_valid(b"u33dc0"));
		assert!(is_valid(b""));
		assert!(!is_valid(b"u33a")); // 'a' is not in the alphabet
		assert!(!is_valid(b"U33"));
		assert!(contains(b"u3", b"u33dc0"));
		assert!(contains(b"", b"u33dc0"));
		assert!(!contains(b"u4", b"u33dc0"));
		assert!(!contains(b"u33dc0x", b"u33dc0"));
	}
}
