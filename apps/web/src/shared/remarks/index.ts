// The remarks kit other features mount (the editor, the submit panel, the review's approval dialog).
export { GoalRemarkPins } from './GoalRemarkPins';
export { RemarkPin } from './RemarkPin';
export { RemarksSummary } from './RemarksSummary';
export { pinId, RemarksScope, useOpenRemarks, type OpenRemark } from './useOpenRemarks';
export { OpenRemarksNotice } from './OpenRemarksNotice';
export { OpenRemarksList } from './OpenRemarksList';
export { pathIndicatorName, remarkPath, remarkPlace, type RemarkPlaceFields } from './remarkPlace';
