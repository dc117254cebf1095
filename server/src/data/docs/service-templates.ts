import type { ParamDocs } from './types';

/**
 * Per-service parameters: `<service>` stands for a master.cf service name whose
 * command is a delivery agent (local, error, virtual, smtp, lmtp, pipe; spawn
 * only for the time limit). Each one overrides a global default for that service.
 */
export const docs: ParamDocs = {
  '<service>_time_limit': {
    summary: 'Maximum time that a pipe delivery command (or a spawn child process) started by the service may run before it is killed. If unset, the service uses command_time_limit.',
    sensible: 'Leave it inheriting command_time_limit; raise it only for slow external programs, e.g. a mailing list or filter script.',
    pitfalls: ['This name exists only for services whose command is pipe or spawn; for other services postconf reports it as unused.'],
    related: ['command_time_limit'],
  },
  '<service>_recipient_limit': {
    summary: 'Upper limit on the number of recipients the queue manager keeps in memory for the service at one time. If unset, default_recipient_limit applies.',
    sensible: 'Leave it inheriting default_recipient_limit.',
    pitfalls: ['The queue manager reads this value, so set it in main.cf; an -o override on the service in master.cf has no effect.'],
    related: ['default_recipient_limit'],
  },
  '<service>_extra_recipient_limit': {
    summary: 'Extra in-memory recipient slots the queue manager reserves for the service, used when one message preempts another and suddenly needs room. If unset, default_extra_recipient_limit applies.',
    sensible: 'Leave it inheriting default_extra_recipient_limit.',
    pitfalls: ['The queue manager reads this value, so set it in main.cf, not with -o in master.cf.'],
    related: ['default_extra_recipient_limit'],
  },
  '<service>_recipient_refill_limit': {
    summary: 'How many recipients the queue manager reads from a queue file at once when it refills the recipient list of a message for the service. If unset, default_recipient_refill_limit applies.',
    sensible: 'Leave it inheriting default_recipient_refill_limit.',
    related: ['default_recipient_refill_limit'],
  },
  '<service>_recipient_refill_delay': {
    summary: 'Longest time the queue manager waits before refilling recipients for a message of the service, even if the refill limit has not been reached. If unset, default_recipient_refill_delay applies.',
    sensible: 'Leave it inheriting default_recipient_refill_delay.',
    related: ['default_recipient_refill_delay'],
  },
  '<service>_delivery_slot_cost': {
    summary: 'Scheduler setting for the service: how many deliveries a message must make before it earns a slot that lets a later message preempt it. Zero turns preemption off for the service. If unset, default_delivery_slot_cost applies.',
    sensible: 'Leave it inheriting default_delivery_slot_cost.',
    pitfalls: ['The queue manager reads this value, so set it in main.cf, not with -o in master.cf.'],
    related: ['default_delivery_slot_cost'],
  },
  '<service>_delivery_slot_loan': {
    summary: 'Scheduler setting for the service: how many delivery slots may be borrowed, so that preemption can happen before a message has earned the full slot cost. If unset, default_delivery_slot_loan applies.',
    sensible: 'Leave it inheriting default_delivery_slot_loan.',
    related: ['default_delivery_slot_loan'],
  },
  '<service>_delivery_slot_discount': {
    summary: 'Scheduler setting for the service: the percentage of required delivery slots a message must have earned before preemption may happen. If unset, default_delivery_slot_discount applies.',
    sensible: 'Leave it inheriting default_delivery_slot_discount.',
    related: ['default_delivery_slot_discount'],
  },
  '<service>_minimum_delivery_slots': {
    summary: 'Scheduler setting for the service: messages with fewer recipients than this are never preempted, because they would never earn enough slots. If unset, default_minimum_delivery_slots applies.',
    sensible: 'Leave it inheriting default_minimum_delivery_slots.',
    related: ['default_minimum_delivery_slots'],
  },
  '<service>_initial_destination_concurrency': {
    summary: 'Number of parallel deliveries the queue manager starts with for each destination of the service, before success and failure feedback adjust it. If unset, initial_destination_concurrency applies.',
    sensible: 'Leave it inheriting initial_destination_concurrency.',
    related: ['initial_destination_concurrency'],
  },
  '<service>_destination_concurrency_limit': {
    summary: 'Maximum number of parallel deliveries to a single destination through the service. If unset, default_destination_concurrency_limit applies.',
    sensible: 'Leave the inherited value, or lower it for a relay service that talks to a receiver which throttles, e.g. 2.',
    pitfalls: [
      'The queue manager reads this value, so set it in main.cf; an -o override on the service in master.cf has no effect.',
      'Some names are built-in with their own default (for example local_destination_concurrency_limit), which wins over the global one.',
    ],
    related: ['default_destination_concurrency_limit', 'default_process_limit'],
  },
  '<service>_destination_recipient_limit': {
    summary: 'Maximum number of recipients per delivery request through the service. If unset, default_destination_recipient_limit applies.',
    sensible: 'Leave the inherited value; use 1 for pipe services that deliver one recipient per command, e.g. with ${recipient} in the command line.',
    pitfalls: [
      'With a value of 1 the queue manager treats each recipient as its own destination, so concurrency and rate delays then apply per recipient.',
      'Set it in main.cf; the queue manager does not see -o overrides in master.cf.',
    ],
    related: ['default_destination_recipient_limit'],
  },
  '<service>_destination_concurrency_positive_feedback': {
    summary: 'How much the per-destination concurrency of the service grows after successful deliveries, e.g. 1 or a fraction such as 1/concurrency. If unset, default_destination_concurrency_positive_feedback applies.',
    sensible: 'Leave it inheriting the global default.',
    related: ['default_destination_concurrency_positive_feedback'],
  },
  '<service>_destination_concurrency_negative_feedback': {
    summary: 'How much the per-destination concurrency of the service shrinks after a failed connection or delivery. If unset, default_destination_concurrency_negative_feedback applies.',
    sensible: 'Leave it inheriting the global default.',
    related: ['default_destination_concurrency_negative_feedback'],
  },
  '<service>_destination_concurrency_failed_cohort_limit': {
    summary: 'Number of failed pseudo-cohorts (rounds of delivery attempts as large as the current concurrency) after which the queue manager marks a destination of the service as unreachable for a while. If unset, default_destination_concurrency_failed_cohort_limit applies.',
    sensible: 'Leave it inheriting the global default.',
    related: ['default_destination_concurrency_failed_cohort_limit'],
  },
  '<service>_destination_rate_delay': {
    summary: 'Pause between two deliveries to the same destination through the service. A nonzero value limits each destination to one delivery at a time. If unset, default_destination_rate_delay applies.',
    sensible: 'Leave at zero; set e.g. 1s on a dedicated service for a receiver that enforces strict rate limits.',
    pitfalls: ['Set it in main.cf; the queue manager does not see -o overrides in master.cf.'],
    related: ['default_destination_rate_delay'],
  },
  '<service>_transport_rate_delay': {
    summary: 'Pause between two deliveries through the service as a whole, to any destination. If unset, default_transport_rate_delay applies.',
    sensible: 'Leave at zero unless the whole service must be slowed down, for example for an upstream provider with a global rate limit.',
    pitfalls: ['Set it in main.cf; the queue manager does not see -o overrides in master.cf.'],
    related: ['default_transport_rate_delay'],
  },
};
