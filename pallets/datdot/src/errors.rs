//! The errors of the primitives' checks, as the pallet's errors (one place for every mapping).

use crate::Error;
use datdot_primitives::{hypercore::ProofError, sets::RangesError};

impl<T> From<ProofError> for Error<T> {
	fn from(e: ProofError) -> Self {
		match e {
			ProofError::ForkNotSupported => Error::ForkNotSupported,
			ProofError::EmptyTree => Error::EmptyTree,
			ProofError::LengthTooLarge => Error::LengthTooLarge,
			ProofError::WrongRootCount => Error::WrongRootCount,
			ProofError::WrongRootIndex => Error::WrongRootIndex,
			ProofError::SizeOverflow => Error::SizeOverflow,
			ProofError::BlockOutOfRange => Error::BlockOutOfRange,
			ProofError::WrongSibling => Error::WrongSibling,
			ProofError::PathNotARoot => Error::PathNotARoot,
			ProofError::BadSignature => Error::BadFeedSignature,
			ProofError::TooManyNodes => Error::TooManyProofNodes,
			ProofError::RootMismatch => Error::RootMismatch,
		}
	}
}

impl<T> From<RangesError> for Error<T> {
	fn from(e: RangesError) -> Self {
		match e {
			RangesError::Empty => Error::EmptyRanges,
			RangesError::Reversed => Error::ReversedRange,
			RangesError::Unordered => Error::UnorderedRanges,
			RangesError::OutOfBounds => Error::RangeBeyondFeed,
			RangesError::TooManySets => Error::TooManyContracts,
		}
	}
}
