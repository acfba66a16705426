//! Types stored by the pallet and shown to clients, by concern; each `*Of<T>` alias stands under
//! its type.

mod agenda;
mod api;
mod challenges;
mod economics;
mod feeds;
mod hosting;
mod plans;
mod providers;

pub use agenda::*;
pub use api::*;
pub use challenges::*;
pub use economics::*;
pub use feeds::*;
pub use hosting::*;
pub use plans::*;
pub use providers::*;

use frame_support::traits::fungible::Inspect;

/// Balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as crate::Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
