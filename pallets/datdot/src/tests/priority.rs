//! The pool's view of reports ([`PrioritizeReports`]): a report due from its signer gets the
//! report priority, a longevity that ends at its deadline and its item's tag; the same report by
//! anyone else, a late one, one of a finished item, and any other call get nothing from it.

use super::*;
use crate::{mock::*, Call, PrioritizeReports, REPORT_PRIORITY};
use codec::Encode;
use frame_support::dispatch::GetDispatchInfo;
use sp_runtime::{
	traits::DispatchTransaction,
	transaction_validity::{TransactionSource, ValidTransaction},
};

/// What the extension tells the pool about `call` signed by `who`.
fn pool_view(who: AccountId, call: Call<Test>) -> ValidTransaction {
	let call: RuntimeCall = call.into();
	let info = call.get_dispatch_info();
	let extension = PrioritizeReports::<Test>::new();
	let origin = RuntimeOrigin::signed(who);
	extension
		.validate_only(origin, &call, &info, 0, TransactionSource::External, 0)
		.unwrap()
		.0
}

fn storage_report(c: &StorageChallengeIssued) -> Call<Test> {
	Call::submit_storage_proof { challenge: c.id, proof_of_contact: contact(c), proofs: proofs(c) }
}

#[test]
fn a_due_report_is_put_first_until_its_deadline() {
	new_test_ext().execute_with(|| {
		reference_setups(1000);
		let s = setups();
		let setup = Call::hosting_setup_report {
			amendment: s[0].amendment,
			failed: Default::default(),
			signatures: contact_signatures(s[0].amendment, &s[0].hosters),
		};
		let due = pool_view(account(s[0].attester), setup.clone());
		assert_eq!(due.priority, REPORT_PRIORITY);
		assert_eq!(due.provides, vec![(b"datdot/report", s[0].amendment).encode()]);
		let deadline = crate::Amendments::<Test>::get(s[0].amendment).unwrap().deadline;
		assert_eq!(due.longevity, deadline - System::block_number());
		// Anyone else sending the attester's report gets no priority (its dispatch fails and pays).
		assert_eq!(pool_view(account(s[0].hosters[0]), setup.clone()), ValidTransaction::default());
		assert_eq!(pool_view(ALICE, setup.clone()), ValidTransaction::default());

		assert_ok!(report_success(&s[0]));
		assert_ok!(report_success(&s[1]));
		// Reported: the amendment is done, a second report is no longer due.
		assert_eq!(pool_view(account(s[0].attester), setup), ValidTransaction::default());

		run_to_block(12);
		let (c, _) = testing::challenges::<Test>();
		let due = pool_view(account(c[0].attester), storage_report(&c[0]));
		assert_eq!(due.priority, REPORT_PRIORITY);
		assert_eq!(due.provides, vec![(b"datdot/report", c[0].id).encode()]);
		assert_eq!(pool_view(account(c[0].hoster), storage_report(&c[0])).priority, 0);
		// From the deadline on, the report is late.
		let deadline = crate::StorageChallenges::<Test>::get(c[0].id).unwrap().deadline;
		System::set_block_number(deadline);
		assert_eq!(pool_view(account(c[0].attester), storage_report(&c[0])).priority, 0);
		// Other calls are left as they are.
		let pause = pool_view(account(c[0].attester), Call::pause {});
		assert_eq!(pause, ValidTransaction::default());
	});
}
