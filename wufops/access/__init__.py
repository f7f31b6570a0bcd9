"""Sign-language interpreting and captioning assignments, without Qt: demand from the
sessions' access services, the rules C8–C12 plugged into the schedule engine, edits through
the op log, a greedy + CP-SAT solver with an unmet-demand report (docs/access-services.md).

The public names:

- values (``wufops.models.access``): ``AccessSettings``, ``Provider``, ``Assignment``,
  ``Need``, ``slot_id``;
- the plan (:mod:`wufops.access.plan`): :class:`AccessPlan`, :func:`load_plan`,
  :func:`plan_of`;
- demand (:mod:`wufops.access.demand`): :func:`session_demand`, :func:`event_demand`,
  :func:`team_sizes`;
- rules (:mod:`wufops.access.registry`): :func:`add_access_rules`, :func:`access_registry`;
- coverage, loads, timelines, the picker (:mod:`wufops.access.coverage`,
  :mod:`wufops.access.timeline`, :mod:`wufops.access.eligibility`): :func:`session_coverage`,
  :func:`coverage`, :func:`unmet`, :func:`loads`, :func:`timeline`, :func:`candidates`,
  :func:`feeds`;
- edits (:mod:`wufops.access.edits`): :func:`assign`, :func:`unassign`, :func:`set_lock`,
  :func:`mark_absent`, :func:`set_settings`, :func:`accept_proposal`; refusals are
  :class:`AccessError` (stable ``code``);
- the solver (:mod:`wufops.access.solver`): :func:`solve` → :class:`Proposal`;
- the unmet-demand report (:mod:`wufops.access.report`): :func:`unmet_report`.

Layering: a domain package above ``wufops.schedule`` (``pyproject.toml``).
"""
