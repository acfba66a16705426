//! The `DatdotApi` runtime API: how nodes and clients read datdot items.

use crate::{
	bookings::Job, Accusations, AccusationsOf, AmendmentStatus, Bookings, ChallengeCycle,
	Components, Config, FeedByKey, FeedOf, Feeds, Item, OpenTask, Pallet, Plans, StorageChallenges,
	StorageCycles, UserByAccount, Users,
};
use crate::{PlanCost, PlanFunds, ProviderFunds};
use alloc::vec::Vec;
use codec::Codec;
use datdot_primitives::{ItemId, PublicKey};
use sp_runtime::DispatchError;

sp_api::decl_runtime_apis! {
	/// Read access to datdot items for clients (polkadot.js: `api.call.datdotApi.*`).
	pub trait DatdotApi<AccountId, Item, Feed, BlockNumber, Balance, PlanForm>
	where
		AccountId: Codec,
		Item: Codec,
		Feed: Codec,
		BlockNumber: Codec,
		Balance: Codec,
		PlanForm: Codec,
	{
		/// The item with this id, whatever its kind (`Item` of the runtime).
		fn item(id: ItemId) -> Option<Item>;
		/// The id and record of the feed with this key.
		fn feed_by_key(key: PublicKey) -> Option<(ItemId, Feed)>;
		/// The user id of an account.
		fn user_by_account(account: AccountId) -> Option<ItemId>;
		/// What a provider has to act on now: amendments it is booked on, contracts it hosts,
		/// storage challenges it attests or must answer, performance challenges it attests,
		/// accusations it must answer.
		fn open_tasks(user: ItemId) -> Vec<OpenTask>;
		/// A plan's funds now: its budget, what its hosting is owed, its cost per block at most,
		/// its runway in blocks, its grace period.
		fn plan_funds(plan: ItemId) -> Option<PlanFunds<BlockNumber, Balance>>;
		/// What a plan would cost if published now at the current prices (its setups, per
		/// block, per challenge period's reports, the least budget it takes, the most it can
		/// cost); the error `publish_plan` would give for it.
		fn plan_cost(plan: PlanForm) -> Result<PlanCost<Balance>, DispatchError>;
		/// A provider's stake (and the full stake its registration holds unslashed) and what it
		/// has earned.
		fn provider_funds(user: ItemId) -> Option<ProviderFunds<Balance>>;
	}
}

impl<T: Config> Pallet<T> {
	/// The item with this id, whatever its kind (ids are unique across kinds).
	pub fn item(id: ItemId) -> Option<Item<T>> {
		Users::<T>::get(id)
			.map(Item::User)
			.or_else(|| Feeds::<T>::get(id).map(Item::Feed))
			.or_else(|| Plans::<T>::get(id).map(Item::Plan))
			.or_else(|| Components::<T>::get(id).map(Item::Component))
			.or_else(|| {
				Self::job(id).map(|job| match job {
					Job::Contract(c) => Item::Contract(c),
					Job::Amendment(a) => Item::Amendment(a),
					Job::StorageChallenge(c) => Item::StorageChallenge(c),
					Job::PerformanceChallenge(c) => Item::PerformanceChallenge(c),
				})
			})
			.or_else(|| Accusations::<T>::get(id).map(Item::Accusation))
	}

	/// The id and record of the feed with this key.
	pub fn feed_by_key(key: PublicKey) -> Option<(ItemId, FeedOf<T>)> {
		let id = FeedByKey::<T>::get(key)?;
		Feeds::<T>::get(id).map(|feed| (id, feed))
	}

	/// The user id of an account.
	pub fn user_by_account(account: T::AccountId) -> Option<ItemId> {
		UserByAccount::<T>::get(account)
	}

	/// What a provider has to act on now (bounded by its capacity).
	pub fn open_tasks(user: ItemId) -> Vec<OpenTask> {
		let challenged = match StorageCycles::<T>::get(user) {
			Some(ChallengeCycle::Running(id)) => StorageChallenges::<T>::get(id).map(|c| {
				OpenTask::StorageChallenge { challenge: id, hoster: c.hoster, attester: c.attester }
			}),
			_ => None,
		};
		Bookings::<T>::iter_prefix(user)
			.filter_map(|(job, role)| match Self::job(job)? {
				Job::PerformanceChallenge(c) => {
					Some(OpenTask::PerformanceChallenge { challenge: job, feed: c.feed })
				},
				Job::StorageChallenge(c) => Some(OpenTask::StorageChallenge {
					challenge: job,
					hoster: c.hoster,
					attester: c.attester,
				}),
				Job::Amendment(a) => {
					(a.status == AmendmentStatus::InProgress).then_some(OpenTask::Amendment {
						amendment: job,
						contract: a.contract,
						kind: a.kind,
						role,
					})
				},
				Job::Contract(_) => Some(OpenTask::Hosting { contract: job }),
			})
			.chain(challenged)
			.chain(AccusationsOf::<T>::iter_key_prefix(user).filter_map(|id| {
				let a = Accusations::<T>::get(id)?;
				let checks = a.checks.into_inner();
				Some(OpenTask::Accusation { accusation: id, challenge: a.challenge, checks })
			}))
			.collect()
	}
}
