//! The agenda (time-driven work) and the contracts waiting for providers.
//!
//! * `Agenda[(lane, block)]` holds the tasks of a lane due at `block` (run by
//!   [`tasks`](crate::tasks)), up to [`Config::MaxTasksPerBlock`]; further tasks of the block go to
//!   `AgendaOverflow[(lane, block)]`, so scheduling never fails and a task always lands in the
//!   block it is due (an attacker who fills a block delays nothing but the block's own tasks, which
//!   the weight budget carries over). Each task belongs to a live item paid by a deposit, which
//!   bounds both. Tasks are cancelled by removing them from their block (items remember the
//!   block). A task's lane is fixed by its kind ([`Task::lane`]): selections wait in
//!   [`Lane::Draw`] for settled randomness, the rest run in [`Lane::Timing`] when due.
//! * `WaitingContracts` holds contracts whose amendment found too few providers. Whenever a
//!   provider becomes idle (registration, unpause, release), a retry pass over the queue is
//!   started: each block retries at most [`Config::MaxRetriesPerBlock`] of them, in FIFO order.
//!   A contract whose retry failed backs off: after `k` failed retries in a row it is passed over
//!   (cheaply, without a selection) until `2^k` blocks later, at most [`MAX_RETRY_BACKOFF`]. So
//!   however often providers become idle (an attacker may pause and unpause every block),
//!   contracts nobody can serve cost a few selections, not `MaxRetriesPerBlock` every block; and a
//!   plan not hosted within its setup window expires (see [`plans`](crate::plans)).

#[cfg(doc)]
use crate::Lane;
use crate::{
	Agenda, AgendaOverflow, Config, Error, Pallet, RetryBackoff, RetryPass, Task, WaitingContracts,
};
use datdot_primitives::ItemId;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

/// The longest a waiting contract waits between two retries, in blocks.
pub const MAX_RETRY_BACKOFF: u32 = 512;

impl<T: Config> Pallet<T> {
	/// Puts `task` on the agenda at `at` (at the earliest the next block) and returns that block.
	/// Scheduling cannot fail: a block whose list is full takes further tasks in its overflow.
	pub(crate) fn schedule(at: BlockNumberFor<T>, task: Task) -> BlockNumberFor<T> {
		let next = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		let block = at.max(next);
		let key = (task.lane(), block);
		if Agenda::<T>::try_mutate(key, |tasks| tasks.try_push(task)).is_err() {
			AgendaOverflow::<T>::insert(key, task, ());
		}
		block
	}

	/// Puts `task` on the agenda of the next block.
	pub(crate) fn schedule_next_block(task: Task) -> BlockNumberFor<T> {
		let next = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		Self::schedule(next, task)
	}

	/// Whether `task` is on the agenda at `at` (in its list or its overflow).
	pub fn is_scheduled(at: BlockNumberFor<T>, task: &Task) -> bool {
		let key = (task.lane(), at);
		Agenda::<T>::get(key).contains(task) || AgendaOverflow::<T>::contains_key(key, task)
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
		let key = (task.lane(), at);
		let listed = Agenda::<T>::mutate_exists(key, |tasks| {
			let Some(list) = tasks else { return false };
			let found = list.iter().position(|t| t == task).map(|i| list.remove(i)).is_some();
			if list.is_empty() {
				*tasks = None;
			}
			found
		});
		if !listed {
			AgendaOverflow::<T>::remove(key, task);
		}
	}

	/// Queues a contract that found too few providers; if the queue is full, its amendment is
	/// tried again `ReportTimeout` blocks later instead. Returns the block of that try, if any.
	pub(crate) fn wait_for_providers(contract: ItemId) -> Option<BlockNumberFor<T>> {
		let queued = WaitingContracts::<T>::mutate(|queue| {
			queue.contains(&contract) || queue.try_push(contract).is_ok()
		});
		if queued {
			return None;
		}
		let at = frame_system::Pallet::<T>::block_number().saturating_add(T::ReportTimeout::get());
		Some(Self::schedule(at, Task::StartHosting { contract }))
	}

	/// Takes a contract out of the waiting queue.
	pub(crate) fn stop_waiting(contract: ItemId) {
		WaitingContracts::<T>::mutate(|queue| queue.retain(|c| *c != contract));
		RetryBackoff::<T>::remove(contract);
	}

	/// Whether a waiting contract is backed off: not to be retried before a later block.
	pub(crate) fn backed_off(contract: ItemId) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		RetryBackoff::<T>::get(contract).is_some_and(|(_, not_before)| not_before > now)
	}

	/// A waiting contract passed over in a retry pass goes back to the queue's end (where it was
	/// just taken from, so there is room).
	pub(crate) fn wait_again(contract: ItemId) {
		WaitingContracts::<T>::mutate(|queue| {
			if !queue.contains(&contract) {
				let _ = queue.try_push(contract);
			}
		});
	}

	/// After a retry of `contract`: still waiting, it backs off twice as long as before; set up,
	/// its back-off is forgotten.
	pub(crate) fn retried(contract: ItemId) {
		if !WaitingContracts::<T>::get().contains(&contract) {
			RetryBackoff::<T>::remove(contract);
			return;
		}
		let failures = RetryBackoff::<T>::get(contract).map_or(0, |(n, _)| n).saturating_add(1);
		let wait = 1u32.checked_shl(failures).unwrap_or(u32::MAX).min(MAX_RETRY_BACKOFF);
		let not_before = frame_system::Pallet::<T>::block_number().saturating_add(wait.into());
		RetryBackoff::<T>::insert(contract, (failures, not_before));
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
