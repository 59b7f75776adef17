/** The fixed script of 30 filter changes an analyst might make, replayed identically on every run. */
import type { Filters } from '../src/queries/filters';

const NEWHAM = 'E09000025';
const BARKING = 'E09000002';
const EALING = 'E09000009';
const LAMBETH = 'E09000022';

/** 30 selections in order: each is the full state after one click. */
export const INTERACTION_SCRIPT: readonly Filters[] = [
  { fy: '2014/15' },
  { fy: '2014/15', offenceBorough: NEWHAM },
  { fy: '2014/15', offenceBorough: NEWHAM, categories: [1] },
  { fy: '2014/15', offenceBorough: NEWHAM, categories: [1, 2] },
  { fy: '2014/15', offenceBorough: BARKING, categories: [1, 2] },
  { fy: '2014/15', offenceBorough: BARKING },
  { fy: '2015/16', offenceBorough: BARKING },
  { fy: '2015/16' },
  { fy: '2015/16', gender: 'female' },
  { fy: '2015/16', gender: 'female', ageBands: ['14-15'] },
  { fy: '2015/16', gender: 'male' },
  { fy: '2015/16', online: true },
  { fy: '2014/15', online: true },
  { fy: '2014/15', online: true, categories: [1] },
  { fy: '2014/15', homeBorough: EALING },
  { fy: '2014/15', homeBorough: 'outside_london' },
  { fy: '2014/15', recordType: 'crime' },
  { fy: '2014/15', recordType: 'suspicion' },
  { fy: '2014/15', recordType: 'suspicion', offenceBorough: LAMBETH },
  { fy: '2014/15', offenceBorough: LAMBETH },
  { from: '2014-10-01', to: '2015-03-31' },
  { from: '2014-10-01', to: '2015-03-31', offenceBorough: LAMBETH },
  { from: '2014-10-01', to: '2015-03-31', categories: [3] },
  { categories: [3] },
  { categories: [3], gender: 'female' },
  { ageBands: ['0-11', '12-13'] },
  { ageBands: ['16-17'], online: false },
  {},
  { fy: '2013/14' },
  { fy: '2014/15' },
];
