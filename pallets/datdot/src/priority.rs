//! Reports first: the transaction extension [`PrioritizeReports`].
//!
//! Reports (`hosting_setup_report`, `hoster_replacement_report`, `submit_storage_proof`,
//! `submit_performance_proof`, `answer_accusation`) are what the chain exists for, each has a
//! deadline, and they pay no fee once accepted, so a fee market would put them behind any
//! transaction with a tip. The extension gives a report, in the pool, what its dispatch will
//! check first:
//! * made by the party due to make it (the attester of a running amendment or challenge, the
//!   hoster an open accusation names), before the deadline: priority [`REPORT_PRIORITY`] (the
//!   highest), a longevity that ends at the deadline, and the tag
//!   `("datdot/report", id)`, so one report per item waits in the pool (another one replaces it
//!   only with a higher tip);
//! * anything else, a report by someone else or too late included: no change (it fails in its
//!   block with the precise error and pays as any call).
//!
//! So no account can buy a report's priority, a block author that fills blocks with other traffic
//! gives up what the reports would have been included for, and an attester's duplicates do not
//! take block space. The check is two reads (the caller's user id and the item), paid as the
//! extension's weight on report calls.

use crate::{
	Accusations, AmendmentStatus, Amendments, Call, Config, Pallet, PerformanceChallenges,
	StorageChallenges, UserByAccount, WeightInfo,
};
use codec::{Decode, DecodeWithMemTracking, Encode};
use core::marker::PhantomData;
use datdot_primitives::ItemId;
use frame_support::{pallet_prelude::*, traits::IsSubType};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{
		AsSystemOriginSigner, DispatchInfoOf, Dispatchable, Implication, TransactionExtension,
		ValidateResult,
	},
	transaction_validity::{TransactionPriority, TransactionSource, ValidTransaction},
	SaturatedConversion, Saturating,
};

/// The priority a due report gets: the highest there is (the other extensions' priorities add to
/// it, saturating), so only a transaction whose tip alone saturates the fee's priority (hundreds of
/// tokens) ties with it, as the pool's own reports of equivocations do.
pub const REPORT_PRIORITY: TransactionPriority = TransactionPriority::MAX;

/// Gives due reports priority in the transaction pool (see the [module docs](self)).
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct PrioritizeReports<T>(PhantomData<T>);

impl<T> PrioritizeReports<T> {
	/// The extension (it carries no data).
	pub fn new() -> Self {
		Self(PhantomData)
	}
}

impl<T> Default for PrioritizeReports<T> {
	fn default() -> Self {
		Self::new()
	}
}

impl<T> core::fmt::Debug for PrioritizeReports<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "PrioritizeReports")
	}
}

impl<T: Config> Pallet<T> {
	/// The item `call` reports on and its deadline, if `who` is due to make that report now.
	pub fn due_report(who: &T::AccountId, call: &Call<T>) -> Option<(ItemId, BlockNumberFor<T>)> {
		let (id, party, deadline) = match call {
			Call::hosting_setup_report { amendment, .. }
			| Call::hoster_replacement_report { amendment, .. } => {
				let a = Amendments::<T>::get(amendment)?;
				(a.status == AmendmentStatus::InProgress).then_some(())?;
				(*amendment, a.attester, a.deadline)
			},
			Call::submit_storage_proof { challenge, .. } => {
				let c = StorageChallenges::<T>::get(challenge)?;
				(*challenge, c.attester, c.deadline)
			},
			Call::submit_performance_proof { challenge, .. } => {
				let c = PerformanceChallenges::<T>::get(challenge)?;
				(*challenge, c.attester, c.deadline)
			},
			Call::answer_accusation { accusation, .. } => {
				let a = Accusations::<T>::get(accusation)?;
				(*accusation, a.hoster, a.deadline)
			},
			_ => return None,
		};
		let now = frame_system::Pallet::<T>::block_number();
		(now < deadline && UserByAccount::<T>::get(who) == Some(party)).then_some((id, deadline))
	}

	/// Whether `call` is a report (what [`PrioritizeReports`] looks at).
	pub fn is_report(call: &Call<T>) -> bool {
		matches!(
			call,
			Call::hosting_setup_report { .. }
				| Call::hoster_replacement_report { .. }
				| Call::submit_storage_proof { .. }
				| Call::submit_performance_proof { .. }
				| Call::answer_accusation { .. }
		)
	}
}

impl<T: Config + Send + Sync> TransactionExtension<T::RuntimeCall> for PrioritizeReports<T>
where
	T::RuntimeCall: IsSubType<Call<T>> + Dispatchable<RuntimeOrigin = T::RuntimeOrigin>,
	T::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
{
	const IDENTIFIER: &'static str = "PrioritizeReports";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	fn weight(&self, call: &T::RuntimeCall) -> Weight {
		match call.is_sub_type() {
			Some(call) if Pallet::<T>::is_report(call) => T::WeightInfo::prioritize_report(),
			_ => Weight::zero(),
		}
	}

	fn validate(
		&self,
		origin: T::RuntimeOrigin,
		call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
		_self_implicit: (),
		_inherited_implication: &impl Implication,
		_source: TransactionSource,
	) -> ValidateResult<(), T::RuntimeCall> {
		let due = origin
			.as_system_origin_signer()
			.zip(call.is_sub_type())
			.and_then(|(who, call)| Pallet::<T>::due_report(who, call));
		let valid = match due {
			Some((id, deadline)) => {
				let now = frame_system::Pallet::<T>::block_number();
				ValidTransaction {
					priority: REPORT_PRIORITY,
					longevity: deadline.saturating_sub(now).saturated_into(),
					provides: alloc::vec![(b"datdot/report", id).encode()],
					..Default::default()
				}
			},
			None => ValidTransaction::default(),
		};
		Ok((valid, (), origin))
	}

	sp_runtime::impl_tx_ext_default!(T::RuntimeCall; prepare);
}
