//! `publish_plan`, `unpublish_plan`, plan end.

use super::*;
use crate::{
	mock::*, Agenda, Component, ComponentRef, Components, ContractStatus, Contracts, Error, Event,
	HoldReason, Item, Lane, PlanEnd, PlanFormOf, Plans, Region, Task,
};
use datdot_primitives::sets::ChunkRange;
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};

#[test]
fn reference_plan_is_cut_into_two_contracts() {
	new_test_ext().execute_with(|| {
		let feed = feed();
		let (plan, contracts) = publish(plan_form(feed, 3, 1000));
		assert_eq!(contracts.len(), 2);
		let c1 = Contracts::<Test>::get(contracts[0]).unwrap();
		let c2 = Contracts::<Test>::get(contracts[1]).unwrap();
		assert_eq!(c1.ranges.to_vec(), ranges(&[(0, 3), (5, 8), (10, 11)]));
		assert_eq!(c2.ranges.to_vec(), ranges(&[(12, 14)]));
		for c in [&c1, &c2] {
			assert_eq!(c.plan, plan);
			assert_eq!(c.feed, feed);
			assert_eq!(c.status, ContractStatus::Waiting);
			assert_eq!(c.scheduled, Some(3));
		}
		let stored = Plans::<Test>::get(plan).unwrap();
		let bob = crate::UserByAccount::<Test>::get(BOB).unwrap();
		assert_eq!(stored.sponsor, bob);
		assert_eq!(stored.contracts.to_vec(), contracts);
		assert_eq!(stored.ends_at, 1000);
		assert_eq!(stored.deposit, 20 + 2 * 5);
		assert_eq!(Balances::balance_on_hold(&HoldReason::PlanDeposit.into(), &BOB), 30);
		// Components stored under their own ids.
		assert!(matches!(Components::<Test>::get(stored.datasets[0]), Some(Component::Dataset(_))));
		assert!(matches!(
			Components::<Test>::get(stored.performances[0]),
			Some(Component::Performance(_))
		));
		assert!(matches!(
			Components::<Test>::get(stored.timetables[0]),
			Some(Component::Timetable(_))
		));
		assert_eq!(
			Agenda::<Test>::get((Lane::Draw, 3)).to_vec(),
			vec![
				Task::StartHosting { contract: contracts[0] },
				Task::StartHosting { contract: contracts[1] },
			]
		);
		assert_eq!(
			Agenda::<Test>::get((Lane::Timing, 3)).to_vec(),
			vec![Task::CheckBudget { plan }]
		);
		assert_eq!(
			Agenda::<Test>::get((Lane::Timing, 1000)).to_vec(),
			vec![Task::EndPlan { plan }]
		);
		// One way to read any item by id.
		assert!(matches!(Datdot::item(plan), Some(Item::Plan(p)) if p == stored));
		assert!(matches!(Datdot::item(contracts[0]), Some(Item::Contract(c)) if c == c1));
		assert!(matches!(
			Datdot::item(stored.datasets[0]),
			Some(Item::Component(Component::Dataset(_)))
		));
		System::assert_last_event(
			Event::PlanPublished {
				plan,
				sponsor: bob,
				contracts: contracts.clone().try_into().unwrap(),
			}
			.into(),
		);
		check_invariants();
	});
}

#[test]
fn stored_components_can_be_reused() {
	new_test_ext().execute_with(|| {
		let feed = feed();
		let mut form = plan_form(feed, 1, 100);
		form.regions =
			vec![ComponentRef::New(Region { geohash: b"u3".to_vec().try_into().unwrap() })]
				.try_into()
				.unwrap();
		let (plan, _) = publish(form);
		let first = Plans::<Test>::get(plan).unwrap();
		let form = PlanFormOf::<Test> {
			from: 1,
			until: 100,
			datasets: vec![ComponentRef::Existing(first.datasets[0])].try_into().unwrap(),
			performances: vec![ComponentRef::Existing(first.performances[0])].try_into().unwrap(),
			timetables: vec![].try_into().unwrap(),
			regions: vec![ComponentRef::Existing(first.regions[0])].try_into().unwrap(),
		};
		let (second, contracts) = publish(form);
		let stored = Plans::<Test>::get(second).unwrap();
		assert_eq!(stored.datasets, first.datasets);
		assert_eq!(stored.regions, first.regions);
		assert_eq!(contracts.len(), 2);
	});
}

#[test]
fn several_datasets_and_long_ranges() {
	new_test_ext().execute_with(|| {
		let feed = feed();
		let mut form = plan_form(feed, 1, 100);
		form.datasets =
			vec![dataset(feed, &[(0, 16)]), dataset(feed, &[(3, 3)])].try_into().unwrap();
		let (_, contracts) = publish(form);
		let got: Vec<Vec<ChunkRange>> = contracts
			.iter()
			.map(|c| Contracts::<Test>::get(c).unwrap().ranges.to_vec())
			.collect();
		assert_eq!(got, vec![ranges(&[(0, 9)]), ranges(&[(10, 16)]), ranges(&[(3, 3)])]);
	});
}

/// Every invalid plan, each with its error; nothing changes.
#[test]
fn invalid_plans_are_rejected_with_their_error() {
	new_test_ext().execute_with(|| {
		let feed = feed();
		System::set_block_number(10);
		let mut cases: Vec<(&str, PlanFormOf<Test>, Error<Test>)> = Vec::new();
		cases.push(("window", plan_form(feed, 50, 50), Error::InvalidPlanWindow));
		cases.push(("over", plan_form(feed, 1, 10), Error::PlanAlreadyOver));
		let mut f = plan_form(feed, 10, 100);
		f.datasets = Default::default();
		cases.push(("no datasets", f, Error::NoDatasets));
		let mut f = plan_form(feed, 10, 100);
		f.datasets = vec![dataset(999, &[(0, 1)])].try_into().unwrap();
		cases.push(("feed", f, Error::UnknownFeed));
		let mut f = plan_form(feed, 10, 100);
		f.datasets = vec![dataset(feed, &[])].try_into().unwrap();
		cases.push(("empty", f, Error::EmptyRanges));
		let mut f = plan_form(feed, 10, 100);
		f.datasets = vec![dataset(feed, &[(3, 1)])].try_into().unwrap();
		cases.push(("reversed", f, Error::ReversedRange));
		let mut f = plan_form(feed, 10, 100);
		f.datasets = vec![dataset(feed, &[(0, 3), (3, 5)])].try_into().unwrap();
		cases.push(("overlap", f, Error::UnorderedRanges));
		let mut f = plan_form(feed, 10, 100);
		f.datasets = vec![dataset(feed, &[(10, 17)])].try_into().unwrap();
		cases.push(("beyond", f, Error::RangeBeyondFeed));
		let mut f = plan_form(feed, 10, 100);
		f.datasets = vec![ComponentRef::Existing(999)].try_into().unwrap();
		cases.push(("unknown component", f, Error::UnknownComponent));
		let mut f = plan_form(feed, 10, 100);
		f.datasets = vec![ComponentRef::Existing(feed)].try_into().unwrap();
		cases.push(("feed id as component", f, Error::UnknownComponent));
		let mut f = plan_form(feed, 10, 100);
		f.regions = vec![ComponentRef::New(Region { geohash: b"ua".to_vec().try_into().unwrap() })]
			.try_into()
			.unwrap();
		cases.push(("region", f, Error::InvalidRegion));
		// 8 datasets of 17 chunks make 16 contracts, more than the 8 allowed.
		let mut f = plan_form(feed, 10, 100);
		f.datasets = (0..8)
			.map(|_| dataset(feed, &[(0, 16)]))
			.collect::<Vec<_>>()
			.try_into()
			.unwrap();
		let many = f.clone();
		cases.push(("contracts", many, Error::TooManyContracts));
		for (name, form, error) in cases {
			let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
			assert_eq!(
				Datdot::publish_plan(RuntimeOrigin::signed(BOB), form, 1_000_000),
				Err(error.into()),
				"{name}"
			);
			assert_eq!(before, sp_io::storage::root(sp_runtime::StateVersion::V1), "{name}");
		}
	});
}

#[test]
fn components_of_the_wrong_kind_are_rejected() {
	new_test_ext().execute_with(|| {
		let feed = feed();
		let (plan, _) = publish(plan_form(feed, 1, 100));
		let p = Plans::<Test>::get(plan).unwrap();
		let mut f = plan_form(feed, 1, 100);
		f.datasets = vec![ComponentRef::Existing(p.performances[0])].try_into().unwrap();
		assert_noop!(
			Datdot::publish_plan(RuntimeOrigin::signed(BOB), f, 1_000_000),
			Error::<Test>::WrongComponentKind
		);
		let mut f = plan_form(feed, 1, 100);
		f.regions = vec![ComponentRef::Existing(p.datasets[0])].try_into().unwrap();
		assert_noop!(
			Datdot::publish_plan(RuntimeOrigin::signed(BOB), f, 1_000_000),
			Error::<Test>::WrongComponentKind
		);
	});
}

#[test]
fn unpublish_before_start_releases_everything() {
	new_test_ext().execute_with(|| {
		let feed = feed();
		let (plan, contracts) = publish(plan_form(feed, 5, 100));
		assert_noop!(
			Datdot::unpublish_plan(RuntimeOrigin::signed(ALICE), plan),
			Error::<Test>::NotSponsor
		);
		assert_noop!(
			Datdot::unpublish_plan(RuntimeOrigin::signed(BOB), 999),
			Error::<Test>::UnknownPlan
		);
		assert_ok!(Datdot::unpublish_plan(RuntimeOrigin::signed(BOB), plan));
		System::assert_last_event(Event::PlanEnded { plan, reason: PlanEnd::Unpublished }.into());
		assert!(Plans::<Test>::get(plan).is_none());
		for c in contracts {
			assert!(Contracts::<Test>::get(c).is_none());
		}
		assert_eq!(Agenda::<Test>::iter().count(), 0);
		assert_eq!(Balances::balance_on_hold(&HoldReason::PlanDeposit.into(), &BOB), 0);
		run_to_block(120);
		check_invariants();
	});
}

#[test]
fn plan_ends_at_until() {
	new_test_ext().execute_with(|| {
		let feed = feed();
		let (plan, _) = publish(plan_form(feed, 5, 20));
		run_to_block(19);
		assert!(Plans::<Test>::get(plan).is_some());
		run_to_block(20);
		System::assert_has_event(Event::PlanEnded { plan, reason: PlanEnd::Finished }.into());
		assert!(Plans::<Test>::get(plan).is_none());
		assert_eq!(Balances::balance_on_hold(&HoldReason::PlanDeposit.into(), &BOB), 0);
		check_invariants();
	});
}
