// The one icon set of the panel (Lucide, ISC): named here so every screen draws the same
// picture for the same action, and only these icons reach the bundle.
export {
  ArrowUp as SendIcon,
  ChevronLeft as PreviousIcon,
  ChevronRight as NextIcon,
  Copy as CopyIcon,
  Ellipsis as MoreIcon,
  MessagesSquare as ConversationsIcon,
  Pencil as EditIcon,
  RefreshCw as RegenerateIcon,
  Settings as SettingsIcon,
  SlidersHorizontal as ChatSettingsIcon,
  Square as StopIcon,
  SquarePen as NewChatIcon,
  StepForward as ContinueIcon,
  TextQuote as QuoteIcon,
  ThumbsDown as DislikeIcon,
  ThumbsUp as LikeIcon,
  Trash as DeleteIcon,
} from 'lucide-preact';
