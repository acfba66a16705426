//! Test support, shared by the pallet's tests and its benchmarks (compiled for them only):
//! builders for forms and plans, proofs of contact signed with keys in the keystore, scanners of
//! the pallet's events, and the steps of a scenario that both need, done by the pallet's own
//! functions. Values come from the pallet's `Config` and constants.
//!
//! Never part of a production runtime: compiled only for the tests and with `runtime-benchmarks`.
//! Even so nothing here panics: a step that can fail returns the pallet's error for its caller to
//! stop on, and builders stay within their bounds by construction.

#![cfg(any(test, feature = "runtime-benchmarks"))]

#[cfg(feature = "runtime-benchmarks")]
pub mod fixtures;

use crate::{
	Agenda, AgendaOverflow, ChunkRange, ComponentRef, Config, ContactSignature, ContractStatus,
	Contracts, Dataset, Error, Event, Pallet, PerRole, Performance, PlanFormOf, StorageCheck, Task,
	Users, WorkForm, HOSTERS_PER_CONTRACT,
};
use alloc::vec::Vec;
use datdot_primitives::{ItemId, PublicKey, Signature};
use frame_support::{pallet_prelude::*, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::crypto::KeyTypeId;
use sp_runtime::traits::Zero;

/// The keystore key type of providers' signing keys and feed keys in tests and benchmarks.
pub const KEY_TYPE: KeyTypeId = KeyTypeId(*b"dtdt");

/// An ed25519 key in the keystore: the key of `seed` (as `ed25519::Pair::from_seed` makes it), or
/// a fresh one.
pub fn keystore_key(seed: Option<[u8; 32]>) -> PublicKey {
	let suri = seed.map(|seed| {
		let mut suri = b"0x".to_vec();
		for byte in seed {
			for nibble in [byte >> 4, byte & 0xf] {
				suri.push(if nibble < 10 { b'0' + nibble } else { b'a' + nibble - 10 });
			}
		}
		suri
	});
	sp_io::crypto::ed25519_generate(KEY_TYPE, suri).0
}

/// `message` signed by `key`; no valid signature (zeros, which the chain refuses) if the keystore
/// does not hold the key.
pub fn sign(key: &PublicKey, message: &[u8]) -> Signature {
	sp_io::crypto::ed25519_sign(KEY_TYPE, &sp_core::ed25519::Public::from_raw(*key), message)
		.map_or([0; 64], |s| s.0)
}

/// `user`'s proof of contact for the item `id` (no valid signature if the user holds no keys).
pub fn proof_of_contact<T: Config>(user: ItemId, id: ItemId) -> Signature {
	let Some(keys) = Users::<T>::get(user).and_then(|u| u.keys) else { return [0; 64] };
	sign(&keys.signing_key, &Pallet::<T>::contact_message(id))
}

/// Each hoster's proof of contact for amendment `id` (of the first `HOSTERS_PER_CONTRACT`, all an
/// amendment has).
pub fn contact_signatures<T: Config>(
	id: ItemId,
	hosters: &[ItemId],
) -> BoundedVec<ContactSignature, ConstU32<HOSTERS_PER_CONTRACT>> {
	BoundedVec::truncate_from(
		hosters
			.iter()
			.map(|h| ContactSignature { hoster: *h, signature: proof_of_contact::<T>(*h, id) })
			.collect(),
	)
}

/// A registration: capacity 2 in every role, available from block 0 on, 1 GiB of storage, in
/// `u33dc0`, 50 ms and 100 Mbit/s.
pub fn work_form<T: Config>(
	signing_key: PublicKey,
	noise_key: PublicKey,
) -> WorkForm<BlockNumberFor<T>> {
	WorkForm {
		capacity: PerRole { encoder: 2, hoster: 2, attester: 2 },
		signing_key,
		noise_key,
		from: Zero::zero(),
		until: None,
		storage: 1 << 30,
		region: BoundedVec::truncate_from(b"u33dc0".to_vec()),
		performance: Performance { latency_ms: 50, bandwidth_kbps: 100_000 },
	}
}

/// Inclusive chunk ranges.
pub fn ranges(v: &[(u64, u64)]) -> Vec<ChunkRange> {
	v.iter().map(|&(first, last)| ChunkRange { first, last }).collect()
}

/// A new dataset of `feed` with the inclusive chunk ranges `v`.
pub fn dataset<T: Config>(
	feed: ItemId,
	v: &[(u64, u64)],
) -> ComponentRef<Dataset<T::MaxRangesPerDataset>> {
	ComponentRef::New(Dataset { feed, ranges: BoundedVec::truncate_from(ranges(v)) })
}

/// A plan of one dataset (`feed`, ranges `v`) from `from` until `until`, with no other components.
pub fn plan_form<T: Config>(
	feed: ItemId,
	v: &[(u64, u64)],
	from: BlockNumberFor<T>,
	until: BlockNumberFor<T>,
) -> PlanFormOf<T> {
	PlanFormOf::<T> {
		from,
		until,
		datasets: BoundedVec::truncate_from(alloc::vec![dataset::<T>(feed, v)]),
		performances: Default::default(),
		timetables: Default::default(),
		regions: Default::default(),
	}
}

/// Takes `task` off the agenda, as `on_initialize` does with a due task before it runs it.
pub fn take_due<T: Config>(task: Task) {
	let blocks: Vec<_> = Agenda::<T>::iter()
		.filter(|(_, tasks)| tasks.contains(&task))
		.map(|((_, b), _)| b)
		.chain(
			AgendaOverflow::<T>::iter()
				.filter(|(_, t, _)| *t == task)
				.map(|((_, b), _, _)| b),
		)
		.collect();
	for block in blocks {
		Pallet::<T>::unschedule(block, &task);
	}
}

/// `hoster` hosts each of `contracts`, as a report of success leaves it (the contracts active,
/// their setups no longer scheduled).
pub fn host<T: Config>(hoster: ItemId, contracts: &[ItemId]) -> DispatchResult {
	for id in contracts {
		let mut contract = Contracts::<T>::get(id).ok_or(Error::<T>::UnknownContract)?;
		if let Some(at) = contract.scheduled.take() {
			Pallet::<T>::unschedule(at, &Task::StartHosting { contract: *id });
		}
		contract.status = ContractStatus::Active;
		Pallet::<T>::join_contract(*id, &mut contract, hoster)?;
		Contracts::<T>::insert(id, contract);
	}
	Ok(())
}

/// Opens a storage challenge of `hoster` checking chunk 0 of each of `contracts`, attested by
/// `attester` (of the first `MaxChecksPerChallenge`); returns its id.
pub fn open_storage_challenge<T: Config>(
	hoster: ItemId,
	attester: ItemId,
	contracts: &[ItemId],
) -> Result<ItemId, DispatchError> {
	// As the agenda would have issued it: the cycle's next challenge is due now.
	take_due::<T>(Task::StorageChallenge { hoster });
	let checks: Vec<StorageCheck> =
		contracts.iter().map(|c| StorageCheck { contract: *c, index: 0 }).collect();
	let id = crate::NextId::<T>::get();
	Pallet::<T>::open_storage_challenge(hoster, attester, BoundedVec::truncate_from(checks))?;
	Ok(id)
}

/// A hosting setup or hoster replacement as its event announced it.
#[derive(Debug, Clone)]
pub struct Setup {
	pub amendment: ItemId,
	pub contract: ItemId,
	pub attester: ItemId,
	pub encoders: Vec<ItemId>,
	pub hosters: Vec<ItemId>,
	pub retry: bool,
}

/// A storage challenge as its event announced it.
#[derive(Debug, Clone)]
pub struct StorageChallengeIssued {
	pub id: ItemId,
	pub hoster: ItemId,
	pub attester: ItemId,
	pub checks: Vec<StorageCheck>,
}

/// A performance challenge as its event announced it.
#[derive(Debug, Clone)]
pub struct PerformanceChallengeIssued {
	pub id: ItemId,
	pub feed: ItemId,
	pub attester: ItemId,
	pub hosters: Vec<ItemId>,
}

/// What `pick` takes of the pallet's events so far, in order.
pub fn scan<T: Config, R>(pick: impl FnMut(Event<T>) -> Option<R>) -> Vec<R>
where
	<T as frame_system::Config>::RuntimeEvent: TryInto<Event<T>>,
{
	frame_system::Pallet::<T>::events()
		.into_iter()
		.filter_map(|record| record.event.try_into().ok())
		.filter_map(pick)
		.collect()
}

/// The hosting setups (first or retried) announced so far, in order.
pub fn setups<T: Config>() -> Vec<Setup>
where
	<T as frame_system::Config>::RuntimeEvent: TryInto<Event<T>>,
{
	scan::<T, _>(|event| {
		let (retry, amendment, contract, attester, encoders, hosters) = match event {
			Event::HostingSetup { amendment, contract, attester, encoders, hosters } => {
				(false, amendment, contract, attester, encoders, hosters)
			},
			Event::RetryHostingSetup { amendment, contract, attester, encoders, hosters } => {
				(true, amendment, contract, attester, encoders, hosters)
			},
			_ => return None,
		};
		let (encoders, hosters) = (encoders.to_vec(), hosters.to_vec());
		Some(Setup { amendment, contract, attester, encoders, hosters, retry })
	})
}

/// The hoster replacements announced so far, in order.
pub fn replacements<T: Config>() -> Vec<Setup>
where
	<T as frame_system::Config>::RuntimeEvent: TryInto<Event<T>>,
{
	scan::<T, _>(|event| match event {
		Event::HosterReplacement { amendment, contract, attester, encoders, hosters } => {
			let (encoders, hosters) = (encoders.to_vec(), hosters.to_vec());
			Some(Setup { amendment, contract, attester, encoders, hosters, retry: false })
		},
		_ => None,
	})
}

/// The storage and the performance challenges issued so far, each in order.
pub fn challenges<T: Config>() -> (Vec<StorageChallengeIssued>, Vec<PerformanceChallengeIssued>)
where
	<T as frame_system::Config>::RuntimeEvent: TryInto<Event<T>>,
{
	let storage = scan::<T, _>(|event| match event {
		Event::StorageChallenge { id, hoster, attester, checks } => {
			Some(StorageChallengeIssued { id, hoster, attester, checks: checks.to_vec() })
		},
		_ => None,
	});
	let performance = scan::<T, _>(|event| match event {
		Event::PerformanceChallenge { id, feed, attester, hosters } => {
			Some(PerformanceChallengeIssued { id, feed, attester, hosters: hosters.to_vec() })
		},
		_ => None,
	});
	(storage, performance)
}

/// `account`'s proof of possession of `key` (see [`Pallet::possession_message`]); `None` when the
/// key is not in the keystore.
pub fn proof_of_possession<T: Config>(
	account: &T::AccountId,
	key: &PublicKey,
) -> Option<Signature> {
	let message = Pallet::<T>::possession_message(account);
	sp_io::crypto::ed25519_sign(KEY_TYPE, &sp_core::ed25519::Public::from_raw(*key), &message)
		.map(|s| s.0)
}
