// The remarks kit other features mount (the editor today; the submit panel next).
export { GoalRemarkPins } from './GoalRemarkPins';
export { RemarkPin } from './RemarkPin';
export { RemarksSummary } from './RemarksSummary';
export { pinId, RemarksScope, useOpenRemarks, type OpenRemark } from './useOpenRemarks';
export { OpenRemarksNotice } from './OpenRemarksNotice';
