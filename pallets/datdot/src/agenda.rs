//! The agenda (time-driven work) and the contracts waiting for providers.
//!
//! * `Agenda[block]` holds the tasks due at `block` (run by [`tasks`](crate::tasks)). Tasks are
//!   cancelled by removing them from their block (items remember the block).
//! * `WaitingContracts` holds contracts whose amendment found too few providers. Whenever a
//!   provider becomes idle (registration, unpause, release), a retry pass over the queue is
//!   started: each block retries at most [`Config::MaxRetriesPerBlock`] of them, in FIFO order.

use crate::{Agenda, Config, Error, Pallet, RetryPass, Task, WaitingContracts};
use datdot_primitives::ItemId;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

/// How many blocks past the wanted one `schedule` looks for room.
pub const SCHEDULE_LOOKAHEAD: u32 = 64;

impl<T: Config> Pallet<T> {
	/// Puts `task` on the agenda at `at` (at the earliest the next block), or the first later block
	/// with room. Returns the block it landed in.
	pub(crate) fn schedule(
		at: BlockNumberFor<T>,
		task: Task,
	) -> Result<BlockNumberFor<T>, DispatchError> {
		let next = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		let mut block = at.max(next);
		for _ in 0..=SCHEDULE_LOOKAHEAD {
			if Agenda::<T>::try_mutate(block, |tasks| tasks.try_push(task)).is_ok() {
				return Ok(block);
			}
			block = block.saturating_add(One::one());
		}
		Err(Error::<T>::AgendaFull.into())
	}

	/// Puts `task` on the agenda of the next block (or the first later one with room).
	pub(crate) fn schedule_next_block(task: Task) -> DispatchResult {
		let next = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		Self::schedule(next, task).map(|_| ())
	}

	/// A report is in time only before its deadline block: the timeout is due at the start of that
	/// block, and a report must not depend on whether the timeout ran on time.
	pub(crate) fn ensure_before(deadline: BlockNumberFor<T>) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < deadline, Error::<T>::ReportTooLate);
		Ok(())
	}

	/// Removes `task` from the agenda of `at`, if it is there.
	pub(crate) fn unschedule(at: BlockNumberFor<T>, task: &Task) {
		Agenda::<T>::mutate_exists(at, |tasks| {
			if let Some(list) = tasks {
				if let Some(i) = list.iter().position(|t| t == task) {
					list.remove(i);
				}
				if list.is_empty() {
					*tasks = None;
				}
			}
		});
	}

	/// Queues a contract that found too few providers; if the queue is full, its amendment is
	/// tried again `ReportTimeout` blocks later instead. Returns the block of that try, if any.
	pub(crate) fn wait_for_providers(
		contract: ItemId,
	) -> Result<Option<BlockNumberFor<T>>, DispatchError> {
		let queued = WaitingContracts::<T>::mutate(|queue| {
			queue.contains(&contract) || queue.try_push(contract).is_ok()
		});
		if queued {
			return Ok(None);
		}
		let at = frame_system::Pallet::<T>::block_number().saturating_add(T::ReportTimeout::get());
		Self::schedule(at, Task::StartHosting { contract }).map(Some)
	}

	/// A waiting contract taken off the queue for a retry that found no agenda room goes back
	/// to the queue's end (where it was just taken from, so there is room).
	pub(crate) fn wait_again(contract: ItemId) {
		WaitingContracts::<T>::mutate(|queue| {
			if !queue.contains(&contract) {
				let _ = queue.try_push(contract);
			}
		});
	}

	/// Takes a contract out of the waiting queue.
	pub(crate) fn stop_waiting(contract: ItemId) {
		WaitingContracts::<T>::mutate(|queue| queue.retain(|c| *c != contract));
	}

	/// A provider became idle: every waiting contract gets one more try (a retry pass).
	pub(crate) fn start_retry_pass() {
		let waiting = WaitingContracts::<T>::decode_len().unwrap_or(0) as u32;
		if waiting > 0 {
			RetryPass::<T>::put(waiting);
		}
	}

	/// The next waiting contract to retry in the current pass, taken off the queue; `None` ends
	/// the pass.
	pub(crate) fn next_retry() -> Option<ItemId> {
		let Some(contract) =
			WaitingContracts::<T>::mutate(|queue| (!queue.is_empty()).then(|| queue.remove(0)))
		else {
			RetryPass::<T>::kill();
			return None;
		};
		RetryPass::<T>::mutate(|left| *left = left.saturating_sub(1));
		Some(contract)
	}
}
