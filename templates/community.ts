import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';

const memberName = () => z.optional(v.text("The member's name or username as the community shows it"));

export const welcomeThread = templateSource({
  id: 'community.welcome-thread',
  description: 'Reply to a new thread or a first post: welcome the member, say help is on its way, give tips for a faster answer.',
  tags: ['community', 'forum', 'first-reply'],
  variables: {
    memberName: memberName(),
    replyHours: z.optional(v.count('Within how many hours questions here usually get an answer (0 leaves the sentence out)')),
    guideUrl: z.optional(v.url('A link to the guide on writing a good question')),
  },
  structure: [
    '{{#if memberName}}{{t "welcomeNamed"}}{{else}}{{t "welcome"}}{{/if}} {{t "help"}}{{#if replyHours}} {{t "replyTime" count=replyHours}}{{/if}}\n\n{{t "tips"}}{{#if guideUrl}} {{t "guide"}}{{/if}}',
    '{{#if memberName}}{{t "welcomeAltNamed"}}{{else}}{{t "welcomeAlt"}}{{/if}} {{t "tipsShort"}}{{#if guideUrl}} {{t "guide"}}{{/if}}\n\n{{t "help"}}{{#if replyHours}} {{t "replyTime" count=replyHours}}{{/if}}',
  ],
  example: { memberName: 'Anna', replyHours: 4, guideUrl: 'https://community.example.com/how-to-ask' },
});

export const correctMisinformation = templateSource({
  id: 'community.correct-misinformation',
  description: 'A post contains wrong information: correct it politely for everyone reading and thank the poster.',
  tags: ['community', 'forum', 'moderation'],
  variables: {
    memberName: memberName(),
    correction: v.text('The correct information, as a short statement without a full stop (e.g. "the free plan includes 5 projects, not 3")'),
    sourceUrl: z.optional(v.url('A link to the article or announcement that confirms it')),
  },
  structure: '{{#if memberName}}{{t "thanksNamed"}}{{else}}{{t "thanks"}}{{/if}} {{t "correction"}}{{#if sourceUrl}} {{t "source"}}{{/if}} {{t "closing"}}',
  example: { memberName: 'Anna', correction: 'the free plan includes 5 projects, not 3', sourceUrl: 'https://help.example.com/plans' },
});

export const rulesReminder = templateSource({
  id: 'community.rules-reminder',
  description: 'A friendly public reminder of one community rule, to a member or to everyone in a thread, with a link to the rules.',
  tags: ['community', 'forum', 'moderation', 'rules'],
  variables: {
    memberName: z.optional(v.text("The member's name or username; leave it out to address everyone in the thread")),
    rule: v.text('The rule, as a short statement without a full stop (e.g. "please keep each thread to one question")'),
    rulesUrl: v.url('A link to the community rules'),
  },
  structure: [
    '{{#if memberName}}{{t "reminderNamed"}}{{else}}{{t "reminder"}}{{/if}} {{t "why"}} {{t "link"}} {{t "thanks"}}',
    '{{#if memberName}}{{t "reminderAltNamed"}} {{t "link"}} {{t "thanksAltNamed"}}{{else}}{{t "reminderAlt"}} {{t "link"}} {{t "thanksAlt"}}{{/if}}',
  ],
  example: { memberName: 'Anna', rule: 'one question per thread', rulesUrl: 'https://community.example.com/rules' },
});

export const warning = templateSource({
  id: 'community.warning',
  description: 'A formal warning to a member: which rule a post broke and what happens if it happens again.',
  tags: ['community', 'moderation', 'warning'],
  variables: {
    memberName: memberName(),
    rule: v.text('The rule the post broke, as a short statement without a full stop (e.g. "no personal attacks on other members")'),
    suspensionDays: z.optional(v.count('For how many days the account will be suspended if it happens again (0 leaves the number out)')),
    rulesUrl: z.optional(v.url('A link to the community rules')),
  },
  structure:
    '{{#if memberName}}{{t "greetingNamed"}}{{else}}{{t "greeting"}}{{/if}}\n\n{{t "warning"}} {{t "impact"}}\n\n{{#if suspensionDays}}{{t "nextTimeDays" count=suspensionDays}}{{else}}{{t "nextTime"}}{{/if}}{{#if rulesUrl}} {{t "rules"}}{{/if}}\n\n{{t "review"}} {{t "closing"}}',
  example: { memberName: 'Anna', rule: 'no personal attacks on other members', suspensionDays: 7, rulesUrl: 'https://community.example.com/rules' },
});

export const temporarySuspension = templateSource({
  id: 'community.temporary-suspension',
  description: 'Tell a member their account is suspended for some days: until when, why, and how to appeal.',
  tags: ['community', 'moderation', 'suspension'],
  variables: {
    memberName: memberName(),
    days: v.count('How many days the suspension lasts'),
    until: v.date('The day the suspension ends'),
    reason: v.text('Why, as a short phrase without a full stop (e.g. "repeated personal attacks after a warning")'),
    appealUrl: z.optional(v.url('A link to the appeal form; without it, the member is asked to reply')),
  },
  structure:
    '{{#if memberName}}{{t "greetingNamed"}}{{else}}{{t "greeting"}}{{/if}}\n\n{{t "suspended" count=days}} {{t "reason"}}\n\n{{#if appealUrl}}{{t "appealLink"}}{{else}}{{t "appealReply"}}{{/if}}\n\n{{t "after"}}',
  example: {
    memberName: 'Anna',
    days: 7,
    until: new Date('2026-12-08T12:00:00Z'),
    reason: 'repeated personal attacks after a warning',
    appealUrl: 'https://community.example.com/appeal',
  },
});

export const removalNotice = templateSource({
  id: 'community.removal-notice',
  description: 'Tell a member a post of theirs was removed: why, and how to post again within the rules.',
  tags: ['community', 'moderation', 'removal'],
  variables: {
    memberName: memberName(),
    reason: v.text('Why the post was removed, as a short clause without a full stop (e.g. "it shared another member’s email address")'),
    threadTitle: z.optional(v.text('The title of the thread the post was in')),
    rulesUrl: z.optional(v.url('A link to the community rules')),
  },
  structure:
    '{{#if memberName}}{{t "greetingNamed"}}{{else}}{{t "greeting"}}{{/if}}\n\n{{#if threadTitle}}{{t "removedInThread"}}{{else}}{{t "removed"}}{{/if}} {{t "reason"}}\n\n{{t "repost"}}{{#if rulesUrl}} {{t "rules"}}{{/if}}\n\n{{t "questions"}}',
  example: {
    memberName: 'Anna',
    reason: 'it shared another member’s email address',
    threadTitle: 'Export to CSV stopped working',
    rulesUrl: 'https://community.example.com/rules',
  },
});

export const deEscalateConflict = templateSource({
  id: 'community.de-escalate-conflict',
  description: 'Members argue in a thread: step in neutrally, bring the thread back to its topic and ask for respect.',
  tags: ['community', 'forum', 'moderation', 'conflict', 'to-everyone'],
  variables: {
    topic: z.optional(v.text('The question the thread started with, as a short phrase without a full stop')),
  },
  structure: '{{t "greeting"}}\n\n{{t "acknowledge"}}{{#if topic}} {{t "backToTopicNamed"}}{{else}} {{t "backToTopic"}}{{/if}}\n\n{{t "respect"}} {{t "report"}} {{t "thanks"}}',
  example: { topic: 'which weekly schedule works best for small teams' },
});

export const threadMoved = templateSource({
  id: 'community.thread-moved',
  description: 'A thread was moved to a better-suited section: say where and link to it.',
  tags: ['community', 'forum', 'moderation'],
  variables: {
    memberName: z.optional(v.text("The name or username of the member who started the thread; leave it out to address everyone")),
    section: v.text('The name of the section the thread is now in, as the community shows it'),
    threadUrl: v.url('A link to the thread in its new place'),
  },
  structure: [
    '{{#if memberName}}{{t "movedNamed"}}{{else}}{{t "moved"}}{{/if}} {{t "why"}} {{t "link"}}',
    '{{#if memberName}}{{t "movedAltNamed"}}{{else}}{{t "movedAlt"}}{{/if}} {{t "nothingLost"}} {{t "link"}}',
  ],
  example: { memberName: 'Anna', section: 'Integrations', threadUrl: 'https://community.example.com/t/4821' },
});

export const answerAccepted = templateSource({
  id: 'community.answer-accepted',
  description: 'Thank a member whose answer solved the question and was marked as the solution.',
  tags: ['community', 'forum', 'thanks'],
  variables: {
    memberName: z.optional(v.text("The name or username of the member who wrote the answer")),
  },
  structure: [
    '{{#if memberName}}{{t "thanksNamed"}}{{else}}{{t "thanks"}}{{/if}} {{t "marked"}} {{t "value"}}',
    '{{#if memberName}}{{t "thanksAltNamed"}}{{else}}{{t "thanksAlt"}}{{/if}} {{t "helpAlt"}} {{t "othersAlt"}}',
  ],
  example: { memberName: 'Anna' },
});

export const duplicateThread = templateSource({
  id: 'community.duplicate-thread',
  description: 'The question was asked before: kindly link to the existing thread and close this one.',
  tags: ['community', 'forum', 'moderation'],
  variables: {
    memberName: memberName(),
    existingUrl: v.url('A link to the existing thread'),
    existingTitle: z.optional(v.text('The title of the existing thread')),
  },
  structure: [
    '{{#if memberName}}{{t "thanksNamed"}}{{else}}{{t "thanks"}}{{/if}} {{#if existingTitle}}{{t "existingTitled"}}{{else}}{{t "existing"}}{{/if}} {{t "closing"}} {{t "continue"}}',
    '{{#if memberName}}{{t "thanksNamed"}}{{else}}{{t "thanks"}}{{/if}} {{t "goodNews"}} {{#if existingTitle}}{{t "linkTitled"}}{{else}}{{t "link"}}{{/if}} {{t "closingAlt"}}',
  ],
  example: { memberName: 'Anna', existingUrl: 'https://community.example.com/t/3977', existingTitle: 'Two-factor codes arrive late' },
});
