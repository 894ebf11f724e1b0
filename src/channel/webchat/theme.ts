/**
 * One palette for the page, Web Chat and the Adaptive Cards inside it, so cards look like part of
 * the page. Every text colour has at least 4.5:1 contrast on its background (WCAG 2.2 AA).
 */
export const palette = {
  text: '#1b1b1b',
  subtle: '#595959',
  accent: '#00548f',
  background: '#ffffff',
  transcript: '#f5f7fa',
  userBubble: '#e3eef7',
  border: '#b9c4cf',
  good: '#0b6a0b',
  warning: '#7a4d00',
  attention: '#a4262c',
  emphasis: '#eef2f6',
} as const;

const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Web Chat's styleOptions (see botframework-webchat-api StyleOptions). */
export const styleOptions = {
  accent: palette.accent,
  subtle: palette.subtle,
  primaryFont: fontFamily,
  backgroundColor: palette.transcript,
  bubbleBackground: palette.background,
  bubbleBorderColor: palette.border,
  bubbleBorderRadius: 8,
  bubbleBorderWidth: 1,
  bubbleTextColor: palette.text,
  bubbleFromUserBackground: palette.userBubble,
  bubbleFromUserBorderColor: palette.border,
  bubbleFromUserBorderRadius: 8,
  bubbleFromUserBorderWidth: 1,
  bubbleFromUserTextColor: palette.text,
  bubbleMinWidth: 0,
  bubbleMaxWidth: 560,
  cardEmphasisBackgroundColor: palette.emphasis,
  // No files: a referral is words, and an upload could carry a child's documents off anywhere.
  hideUploadButton: true,
  richCardWrapTitle: true,
  sendBoxTextColor: palette.text,
  sendBoxButtonColor: palette.accent,
  sendBoxHeight: 48,
  suggestedActionLayout: 'flow',
  suggestedActionTextColor: palette.accent,
  suggestedActionBorderColor: palette.accent,
  timestampColor: palette.subtle,
  transcriptTerminatorColor: palette.subtle,
} as const;

const foreground = (defaultColor: string) => ({
  default: { default: defaultColor, subtle: palette.subtle },
  dark: { default: palette.text, subtle: palette.subtle },
  light: { default: palette.background, subtle: palette.background },
  accent: { default: palette.accent, subtle: palette.accent },
  good: { default: palette.good, subtle: palette.good },
  warning: { default: palette.warning, subtle: palette.warning },
  attention: { default: palette.attention, subtle: palette.attention },
});

/** Adaptive Cards host config: the page's font, colours and spacing; buttons stacked for phones. */
export const adaptiveCardsHostConfig = {
  supportsInteractivity: true,
  fontFamily,
  fontSizes: { small: 13, default: 15, medium: 17, large: 20, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  lineHeights: { small: 18, default: 21, medium: 24, large: 28, extraLarge: 32 },
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 28, padding: 12 },
  separator: { lineThickness: 1, lineColor: palette.border },
  imageSizes: { small: 40, medium: 80, large: 160 },
  containerStyles: {
    default: { backgroundColor: palette.background, foregroundColors: foreground(palette.text) },
    emphasis: { backgroundColor: palette.emphasis, foregroundColors: foreground(palette.text) },
    accent: { backgroundColor: '#dcebf7', foregroundColors: foreground(palette.text) },
    good: { backgroundColor: '#e3f3e3', foregroundColors: foreground(palette.text) },
    attention: { backgroundColor: '#fbe5e6', foregroundColors: foreground(palette.text) },
    warning: { backgroundColor: '#fdf0d5', foregroundColors: foreground(palette.text) },
  },
  actions: {
    maxActions: 12,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 8 },
    actionsOrientation: 'vertical',
    actionAlignment: 'stretch',
  },
  inputs: {
    label: {
      requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
      optionalInputs: { weight: 'bolder' },
    },
    errorMessage: { size: 'default', weight: 'bolder' },
  },
  // Card headings (TextBlock style "heading") get aria-level only if the host config names one.
  textBlock: { headingLevel: 2 },
  factSet: {
    title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
    value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 8,
  },
} as const;
