//! Proofs of contact: a provider's signing key signed the ASCII decimal id of the item (an
//! amendment or a challenge) it was contacted for, so that an attester can't claim a contact it
//! did not make, nor replay one made for another item. And proofs of possession: a registration
//! claims its signing key only with the key's signature over the account and the genesis hash.

use crate::{Config, ContactSignature, Error, Pallet, Users};
use alloc::vec::Vec;
use codec::Encode;
use datdot_primitives::{ItemId, Signature};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// What a proof of contact signs: the id in ASCII decimal (`"42"`).
	pub fn contact_message(id: ItemId) -> Vec<u8> {
		let mut digits = Vec::with_capacity(20);
		let mut n = id;
		loop {
			digits.push(b'0' + (n % 10) as u8);
			n /= 10;
			if n == 0 {
				break;
			}
		}
		digits.reverse();
		digits
	}

	/// What a registration's proof of possession signs: `"datdot register "`, the account's SCALE
	/// encoding, the genesis block's hash. Bound to the account and the chain, so it can't be
	/// replayed for another account or on another chain.
	pub fn possession_message(account: &T::AccountId) -> Vec<u8> {
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		let mut message = b"datdot register ".to_vec();
		message.extend_from_slice(&account.encode());
		message.extend_from_slice(genesis.as_ref());
		message
	}

	/// A proof of possession of `key` by `account` (see [`Self::possession_message`]).
	pub(crate) fn check_possession(
		account: &T::AccountId,
		key: &datdot_primitives::PublicKey,
		proof: Option<&Signature>,
	) -> DispatchResult {
		let proof = proof.ok_or(Error::<T>::MissingProofOfPossession)?;
		ensure!(
			datdot_primitives::ed25519_verify(proof, &Self::possession_message(account), key),
			Error::<T>::BadProofOfPossession
		);
		Ok(())
	}

	/// A proof of contact: `user`'s signing key signed `message` (an id in ASCII decimal).
	pub(crate) fn check_contact(
		user: ItemId,
		signature: &Signature,
		message: &[u8],
	) -> DispatchResult {
		let key = Users::<T>::get(user)
			.and_then(|u| u.keys)
			.ok_or(Error::<T>::UnknownUser)?
			.signing_key;
		ensure!(
			datdot_primitives::ed25519_verify(signature, message, &key),
			Error::<T>::BadContactSignature
		);
		Ok(())
	}

	/// Every hoster's signature over the ASCII decimal `id`, and nothing else.
	pub(crate) fn check_contact_signatures(
		id: ItemId,
		hosters: &[ItemId],
		signatures: &[ContactSignature],
	) -> DispatchResult {
		ensure!(signatures.len() == hosters.len(), Error::<T>::MissingContactSignature);
		let message = Self::contact_message(id);
		for hoster in hosters {
			let signature = signatures
				.iter()
				.find(|s| s.hoster == *hoster)
				.ok_or(Error::<T>::MissingContactSignature)?;
			Self::check_contact(*hoster, &signature.signature, &message)?;
		}
		Ok(())
	}
}
