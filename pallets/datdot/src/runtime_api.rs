//! The `DatdotApi` runtime API: how nodes and clients read datdot items.

use crate::{Config, Feed, FeedByKey, Feeds, Item, Pallet, UserByAccount, Users};
use codec::Codec;
use datdot_primitives::{ItemId, PublicKey};

sp_api::decl_runtime_apis! {
	/// Read access to datdot items for clients (polkadot.js: `api.call.datdotApi.*`).
	pub trait DatdotApi<AccountId, BlockNumber, Balance>
	where
		AccountId: Codec,
		BlockNumber: Codec,
		Balance: Codec,
	{
		/// The item with this id, whatever its kind.
		fn item(id: ItemId) -> Option<Item<AccountId, BlockNumber, Balance>>;
		/// The id and record of the feed with this key.
		fn feed_by_key(key: PublicKey) -> Option<(ItemId, Feed<Balance>)>;
		/// The user id of an account.
		fn user_by_account(account: AccountId) -> Option<ItemId>;
	}
}

impl<T: Config> Pallet<T> {
	/// The item with this id, whatever its kind (ids are unique across kinds).
	pub fn item(
		id: ItemId,
	) -> Option<Item<T::AccountId, frame_system::pallet_prelude::BlockNumberFor<T>, crate::BalanceOf<T>>> {
		if let Some(user) = Users::<T>::get(id) {
			return Some(Item::User(user));
		}
		Feeds::<T>::get(id).map(Item::Feed)
	}

	/// The id and record of the feed with this key.
	pub fn feed_by_key(key: PublicKey) -> Option<(ItemId, Feed<crate::BalanceOf<T>>)> {
		let id = FeedByKey::<T>::get(key)?;
		Feeds::<T>::get(id).map(|feed| (id, feed))
	}

	/// The user id of an account.
	pub fn user_by_account(account: T::AccountId) -> Option<ItemId> {
		UserByAccount::<T>::get(account)
	}
}
