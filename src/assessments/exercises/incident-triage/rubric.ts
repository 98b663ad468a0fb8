import type { Rubric } from '../rubric.ts';

/**
 * What a reviewer scores in an incident write-up. The brief plants one cause (the 17:52 release's unindexed
 * recent-orders query holding connections), amplifiers (instant retries, health checks through the database,
 * autoscaling that adds pools to a full database) and noise (two cache evictions, the payments circuit).
 */
export const incidentTriageRubric: Rubric = {
  criteria: [
    {
      id: 'evidence',
      title: 'Reading the evidence',
      guidance:
        'Do they look first at what changed and at the saturated resource? Look for the 17:52 release, the slow recent-orders query, the exhausted connection pool and database CPU — and for the cache evictions and payments errors set aside as noise.',
      levels: [
        {
          score: 1,
          description:
            'Reads the symptoms only ("traffic is high, errors are high") or fixes on noise such as the cache evictions; the release is not mentioned.',
        },
        {
          score: 2,
          description:
            'Spots the connection errors or the slow query, but does not tie them to the release or to each other.',
        },
        {
          score: 3,
          description:
            'Links the release to the slow query, the slow query to held connections and database CPU, and the pool timeouts to the 5xx; separates cause from consequence.',
        },
        {
          score: 4,
          description:
            'As 3, and explains the amplifiers — instant client retries, health checks that need a database connection, autoscaling on low app CPU that adds pools to a full database — and dismisses the noise with a reason.',
        },
      ],
    },
    {
      id: 'mitigation',
      title: 'Stopping the damage safely',
      guidance:
        'Is the first action the safest one that removes the cause (roll back the release or switch the widget off), rather than scaling up? Do they say how they will know it worked?',
      levels: [
        {
          score: 1,
          description:
            'Scales the app or the database up first, restarts everything, or makes risky live changes (adding an index without CONCURRENTLY on the hot table) as the first move.',
        },
        {
          score: 2,
          description:
            'Rolls back or disables the feature, but without checking the effect, or mixed with several other changes at once so nobody can tell what helped.',
        },
        {
          score: 3,
          description:
            'Rolls back or flags the widget off first, stops the autoscaler from adding pools, watches connections, latency and errors recover; one change at a time.',
        },
        {
          score: 4,
          description:
            'As 3, and has a plan B with its risk (cancel the long queries, shed load at the load balancer, pause the campaign) and says when each would be used.',
        },
      ],
    },
    {
      id: 'reasoning',
      title: 'Reasoning about causes',
      guidance:
        'Do they state hypotheses and how they would confirm them (EXPLAIN on the query, pg_stat_activity, comparing instances before and after the release) before acting on a guess?',
      levels: [
        {
          score: 1,
          description: 'Jumps to one explanation and does not test it.',
        },
        {
          score: 2,
          description: 'Names a likely cause but gives no way to confirm it or to rule out the alternatives.',
        },
        {
          score: 3,
          description:
            'States the hypothesis and a quick check for it (EXPLAIN shows a sequential scan on orders, pg_stat_activity shows the same query waiting), and what they would do if it were wrong.',
        },
        {
          score: 4,
          description:
            'As 3, and reasons quantitatively (about 11 instances × 20 connections exceeds 200; 5 s pool timeouts against a 2 s health check) to explain why the service collapsed rather than slowed down.',
        },
      ],
    },
    {
      id: 'follow-up',
      title: 'Lasting fixes',
      guidance:
        'What do they change afterwards: the query and its index, pool sizing against max_connections, timeouts, retries with backoff and jitter, a health check that does not depend on the database, load testing before a sale, alerts?',
      levels: [
        {
          score: 1,
          description: 'No follow-up, or only "add more servers".',
        },
        {
          score: 2,
          description:
            'Fixes the query (an index on the expression, or storing a normalised e-mail) but nothing about the amplifiers or about catching it earlier.',
        },
        {
          score: 3,
          description:
            'Fixes the query and at least two amplifiers (retries with backoff and jitter, pool limits that fit the database, statement timeouts, a shallow health check), plus a load test or a canary before big events.',
        },
        {
          score: 4,
          description:
            'As 3, prioritised by impact and effort, with alerts on the leading signals (pool wait, slow queries) and a blameless review that looks at the process as well as the code.',
        },
      ],
    },
    {
      id: 'communication',
      title: 'Communication and coordination',
      guidance:
        'Who do they tell what, and when? Look for a clear answer to marketing, a status update for support, asking for help, and a record of actions taken.',
      levels: [
        {
          score: 1,
          description: 'Works alone and silently; the people waiting on them are not mentioned.',
        },
        {
          score: 2,
          description: 'Mentions telling people, but without content or timing.',
        },
        {
          score: 3,
          description:
            'Gives marketing a clear answer on the campaign, support a customer-facing message, and updates at a set interval; keeps a timeline of actions.',
        },
        {
          score: 4,
          description:
            'As 3, and organises the response: asks for a second engineer, separates who fixes from who communicates, and calls the incident over only when the numbers say so.',
        },
      ],
    },
  ],
};
