namespace Claimgraph.Formats.Feeds;

/// <summary>One item of an RSS or Atom feed: its number in the feed (from 1), title, link, date, author and text (full content when given, else the summary, as plain text).</summary>
public sealed record FeedItem(int Number, string? Title, string? Link, DateTimeOffset? Published, string? Author, string Text);
