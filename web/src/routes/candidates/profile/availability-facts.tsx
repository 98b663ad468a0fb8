import type { Candidate, SalaryExpectation } from '../../../api/candidates';
import { formatDate } from '../../../lib/format';
import { FactList } from './fact-list';

const periodWords: Record<SalaryExpectation['period'], string> = {
  year: 'a year',
  month: 'a month',
  hour: 'an hour',
};

function formatSalary({ amount, currency, period }: SalaryExpectation): string {
  const money = new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 });
  return `${money.format(amount)} ${periodWords[period]}`;
}

export function AvailabilityFacts({ candidate }: { candidate: Candidate }) {
  return (
    <FactList
      facts={[
        {
          label: 'Salary expectation',
          value: candidate.salaryExpectation && formatSalary(candidate.salaryExpectation),
        },
        { label: 'Can start from', value: candidate.availableFrom && formatDate(candidate.availableFrom) },
        {
          label: 'Notice period',
          value:
            candidate.noticePeriodWeeks === null
              ? null
              : `${candidate.noticePeriodWeeks} ${candidate.noticePeriodWeeks === 1 ? 'week' : 'weeks'}`,
        },
      ]}
    />
  );
}
