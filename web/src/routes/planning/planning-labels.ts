import { channelLabels, channels } from '../../../../src/planning/assumptions.ts';
import type { Channel } from '../../api/planning';
import type { Blueprint } from '../../domain/hiring-domain';

type Seniority = Blueprint['seniority'];
type Engagement = Blueprint['engagement'];
type TechnicalDirection = Blueprint['technicalDirection'];

export const seniorityLabels: Record<Seniority, string> = {
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
};

export const channelOptions = channels.map((channel) => ({ value: channel, label: channelLabels[channel] }));

/** How each channel reads inside a sentence: "Hiring through a job board, …". */
export const channelPhrases: Record<Channel, string> = {
  agency: 'through a staffing agency',
  marketplace: 'through a startup-matching marketplace',
  job_board: 'through a job board',
  referral: 'through a referral',
  vetted_network: 'through a vetted talent network',
  freelance_marketplace: 'through a freelance marketplace',
  managed_subscription: 'with a managed developer subscription',
  own_sourcing: 'by finding people yourself',
};

export const engagementLabels: Record<Engagement, string> = {
  full_time: 'Full-time employee',
  contract: 'Contractor',
  contract_to_hire: 'Contract-to-hire',
  freelance: 'Freelancer',
  managed: 'Managed engineer',
};

export const directionLabels: Record<TechnicalDirection, { label: string; meaning: string }> = {
  none: { label: 'None', meaning: 'Nobody on the team can make stack and architecture decisions.' },
  some: { label: 'Some', meaning: 'Someone can review work and answer questions, part of the time.' },
  strong: { label: 'Strong', meaning: 'An experienced engineer sets the direction and reviews the work.' },
};

/** The channel a plan starts from: the usual route to the kind of person the blueprint asks for. */
export const defaultChannelFor: Record<Engagement, Channel> = {
  full_time: 'job_board',
  contract: 'agency',
  contract_to_hire: 'agency',
  freelance: 'freelance_marketplace',
  managed: 'managed_subscription',
};
