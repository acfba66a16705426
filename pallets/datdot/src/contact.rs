//! Proofs of contact: a provider's signing key signed the ASCII decimal id of the item (an
//! amendment or a challenge) it was contacted for, so that an attester can't claim a contact it
//! did not make, nor replay one made for another item.

use crate::{Config, ContactSignature, Error, Pallet, Users};
use alloc::vec::Vec;
use datdot_primitives::{ItemId, Signature};
use frame_support::pallet_prelude::*;

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
