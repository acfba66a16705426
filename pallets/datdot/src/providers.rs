//! The idle queues selection draws from.
//!
//! A provider is in an idle queue only while it can take a job of the queue's role *now*: it is
//! registered and not paused, its availability window is open (`from` reached) and lasts at least
//! a report timeout more (the length of a setup or a challenge), it has free capacity in the role
//! and, as an encoder or hoster, free storage for one more contract. Hosters are indexed by where
//! they are: one queue per prefix of their region, up to [`AREA_DEPTH`] characters, split by
//! whether their availability is open-ended (see [`IdleQueue`]). So whatever providers that can't
//! serve do (a window that never opens, no storage, no capacity, a region nobody asks for), they
//! are not in the queues selection draws from; see [`selection`](crate::selection) for what is
//! left to chance.
//!
//! Each queue is an indexed set (`IdleAt` / `IdlePosition` / `IdleCount`): no duplicates, O(1)
//! insertion and removal (swap with the last), uniform random access by position; `IdleIn` names
//! the queues a provider is in. [`Pallet::refresh_idle`] is the one place that puts a provider in
//! or takes it out of the queues; every change of a provider's form, bookings or pause goes
//! through it, and a `RefreshIdle` task at each edge of its availability window (its `from`, and
//! the last block a short job still fits before its `until`). The registration deposit pays for
//! these entries: at most [`MAX_IDLE_QUEUES`] per provider.

use crate::{
	area, BalanceOf, Config, Error, IdleAt, IdleCount, IdleIn, IdlePosition, IdleQueue, Pallet,
	Role, Task, UserByAccount, UserOf, Users, WorkForm, AREA_DEPTH, MAX_IDLE_QUEUES,
};
use alloc::vec::Vec;
use datdot_primitives::ItemId;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

impl<T: Config> Pallet<T> {
	/// The caller's user id and record, if it is registered for work.
	pub(crate) fn registered(who: &T::AccountId) -> Result<(ItemId, UserOf<T>), DispatchError> {
		let user_id = UserByAccount::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		let user = Users::<T>::get(user_id).ok_or(Error::<T>::NotRegistered)?;
		ensure!(user.provider.is_some(), Error::<T>::NotRegistered);
		Ok((user_id, user))
	}

	/// The idle queues `user` belongs in now, as its record says.
	pub fn idle_queues(user: &UserOf<T>) -> BoundedVec<IdleQueue, ConstU32<MAX_IDLE_QUEUES>> {
		let mut queues = BoundedVec::new();
		let Some(provider) = user.provider.as_ref() else { return queues };
		let now = frame_system::Pallet::<T>::block_number();
		// Open from `from` until the edge its `RefreshIdle` task was put at, reckoned with the
		// `ReportTimeout` in force then: a change of the timeout applies from each provider's next
		// edge, and the queues stay what the records say meanwhile.
		let window_open = provider.form.from <= now
			&& (provider.form.until.is_none() || provider.refresh_at.is_some_and(|at| at > now));
		// A stake that faults slashed below what the registration offers takes no new work.
		let staked = provider.stake >= Self::full_stake(&provider.form);
		if provider.paused.is_some() || !window_open || !staked {
			return queues;
		}
		let storage = provider.free_storage() >= T::StoragePerContract::get();
		for role in Role::ALL {
			if provider.free_capacity(role) == 0 || (role != Role::Attester && !storage) {
				continue;
			}
			if role != Role::Hoster {
				let _ =
					queues.try_push(IdleQueue { role, area: Default::default(), open_ended: true });
				continue;
			}
			let region = &provider.form.region;
			for depth in 0..=region.len().min(AREA_DEPTH as usize) {
				let open_ended = provider.form.until.is_none();
				let _ = queues.try_push(IdleQueue { role, area: area(region, depth), open_ended });
			}
		}
		queues
	}

	/// The stake a registration with `form` holds: [`Config::RegistrationDeposit`] and
	/// [`Config::StakePerJob`] per job of capacity, over all roles.
	pub(crate) fn full_stake(form: &WorkForm<BlockNumberFor<T>>) -> BalanceOf<T> {
		let jobs = Role::ALL.iter().fold(0u32, |n, r| n.saturating_add(form.capacity.get(*r)));
		T::RegistrationDeposit::get()
			.saturating_add(T::StakePerJob::get().saturating_mul(jobs.into()))
	}

	/// Whether `user` belongs in an idle queue of `role` now.
	pub(crate) fn is_idle(user: &UserOf<T>, role: Role) -> bool {
		Self::idle_queues(user).iter().any(|q| q.role == role)
	}

	/// Puts `user` into, or takes it out of, the idle queues, as its record says.
	pub(crate) fn refresh_idle(user_id: ItemId, user: &UserOf<T>) {
		let wanted = Self::idle_queues(user);
		let held = IdleIn::<T>::get(user_id);
		for queue in held.iter().filter(|q| !wanted.contains(q)) {
			Self::idle_remove(queue, user_id);
		}
		for queue in wanted.iter().filter(|q| !held.contains(q)) {
			Self::idle_insert(queue, user_id);
		}
		if wanted.is_empty() {
			IdleIn::<T>::remove(user_id);
		} else if wanted != held {
			IdleIn::<T>::insert(user_id, wanted);
		}
	}

	fn idle_insert(queue: &IdleQueue, user: ItemId) {
		if IdlePosition::<T>::contains_key(queue, user) {
			return;
		}
		let position = IdleCount::<T>::get(queue);
		IdleAt::<T>::insert(queue, position, user);
		IdlePosition::<T>::insert(queue, user, position);
		IdleCount::<T>::insert(queue, position.saturating_add(1));
	}

	fn idle_remove(queue: &IdleQueue, user: ItemId) {
		let Some(position) = IdlePosition::<T>::take(queue, user) else { return };
		let last = IdleCount::<T>::get(queue).saturating_sub(1);
		if position != last {
			if let Some(moved) = IdleAt::<T>::get(queue, last) {
				IdleAt::<T>::insert(queue, position, moved);
				IdlePosition::<T>::insert(queue, moved, position);
			}
		}
		IdleAt::<T>::remove(queue, last);
		if last == 0 {
			IdleCount::<T>::remove(queue);
		} else {
			IdleCount::<T>::insert(queue, last);
		}
	}

	/// The next edge of `user`'s availability window after now: the block its window opens, or
	/// the first block a short job no longer fits before its `until`.
	pub(crate) fn next_window_edge(user: &UserOf<T>) -> Option<BlockNumberFor<T>> {
		let form = &user.provider.as_ref()?.form;
		let now = frame_system::Pallet::<T>::block_number();
		if form.from > now {
			return Some(form.from);
		}
		let closes = form.until?.saturating_sub(T::ReportTimeout::get()).saturating_add(One::one());
		(closes > now).then_some(closes)
	}

	/// Puts `user`'s `RefreshIdle` task at its next window edge (cancelling a previous one) and
	/// records it on `user`.
	pub(crate) fn schedule_window_edge(user_id: ItemId, user: &mut UserOf<T>) {
		let task = Task::RefreshIdle { user: user_id };
		if let Some(at) = user.provider.as_mut().and_then(|p| p.refresh_at.take()) {
			Self::unschedule(at, &task);
		}
		let Some(edge) = Self::next_window_edge(user) else { return };
		let at = Self::schedule(edge, task);
		if let Some(provider) = user.provider.as_mut() {
			provider.refresh_at = Some(at);
		}
	}

	/// The `RefreshIdle` task: a window edge of `user` is reached. Returns whether it became idle
	/// in a role it was not idle in.
	pub(crate) fn window_edge(user_id: ItemId) -> Result<bool, DispatchError> {
		let mut user = Users::<T>::get(user_id).ok_or(Error::<T>::UnknownUser)?;
		ensure!(user.provider.is_some(), Error::<T>::NotRegistered);
		let held = IdleIn::<T>::get(user_id);
		if let Some(provider) = user.provider.as_mut() {
			provider.refresh_at = None;
		}
		Self::schedule_window_edge(user_id, &mut user);
		Self::refresh_idle(user_id, &user);
		let newly_idle = IdleIn::<T>::get(user_id).iter().any(|q| !held.contains(q));
		Users::<T>::insert(user_id, user);
		Ok(newly_idle)
	}

	/// The providers of `role` in its world-wide queues, in queue order (for tests and the
	/// runtime API).
	pub fn idle(role: Role) -> Vec<ItemId> {
		[true, false]
			.into_iter()
			.filter(|open_ended| *open_ended || role == Role::Hoster)
			.flat_map(|open_ended| {
				let queue = IdleQueue { role, area: Default::default(), open_ended };
				(0..IdleCount::<T>::get(&queue)).filter_map(move |i| IdleAt::<T>::get(&queue, i))
			})
			.collect()
	}
}
