using AngleSharp.Dom;

namespace Claimgraph.Formats.Html;

/// <summary>
/// Finds the element that holds the article, as Readability does: every paragraph (a block with
/// at least 25 characters of its own text) scores by its length and commas, and passes the score
/// to its parent (in full), grandparent (half) and further ancestors (less); a candidate starts
/// from its tag and the class/id hints and is discounted by its link density. The best candidate
/// is widened to an ancestor shared by other strong candidates, then its siblings that also look
/// like content are taken along.
/// </summary>
internal sealed class ContentScorer(BoilerplateHints hints, ExtractionFlags flags)
{
    private const int MinParagraphLength = 25;
    private const int AncestorLevels = 5;
    private const int TopCandidates = 5;
    private const int MinSharedCandidates = 3;
    private const int MinSectionLength = 140;

    private static readonly HashSet<string> NotParagraphs = new(StringComparer.Ordinal)
    {
        "html", "body", "li", "ul", "ol", "dl", "dd", "dt", "th", "h1", "figcaption", "figure", "header", "address", "form", "fieldset", "label", "legend", "caption", "table", "tbody", "thead", "tr",
    };

    private readonly Dictionary<IElement, double> _scores = [];

    public double ScoreOf(IElement element) => _scores.TryGetValue(element, out var score) ? score : 0;

    public bool IsScored(IElement element) => _scores.ContainsKey(element);

    /// <summary>The article's elements in document order (the best candidate and its content-like siblings), or empty when the page has no paragraph.</summary>
    public IReadOnlyList<IElement> Select(IElement body)
    {
        foreach (var element in DomWalk.Elements(body).ToList())
        {
            var tag = element.LocalName;
            if (!HtmlTags.IsBlock(tag) || NotParagraphs.Contains(tag))
            {
                continue;
            }

            var own = OwnText(element, out var hasBlockChild);
            if (own.Length < MinParagraphLength)
            {
                continue;
            }

            var score = 1.0 + TextMeasure.Commas(own) + Math.Min(own.Length / 100, 3);
            var start = hasBlockChild ? element : element.ParentElement;
            var level = 0;
            for (var ancestor = start; ancestor is not null && level < AncestorLevels; ancestor = ancestor.ParentElement, level++)
            {
                if (ancestor.LocalName is "html")
                {
                    break;
                }

                Initialize(ancestor);
                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                _scores[ancestor] += score / divider;
            }
        }

        if (_scores.Count == 0)
        {
            return [];
        }

        foreach (var candidate in _scores.Keys.ToList())
        {
            _scores[candidate] *= 1 - TextMeasure.LinkDensity(candidate);
        }

        var ranked = _scores.Where(p => p.Key.LocalName != "body").OrderByDescending(p => p.Value).Take(TopCandidates).Select(p => p.Key).ToList();
        if (ranked.Count == 0)
        {
            return [body];
        }

        var top = Widen(ranked, body);
        return WithSameKind(WithSiblings(top), top, body);
    }

    /// <summary>
    /// Articles split into sections (by pictures, embeds, ads) repeat the container of their text:
    /// elements elsewhere on the page with the top candidate's tag and class that hold prose
    /// (enough text, few links) are part of the article too. Returned in document order.
    /// </summary>
    private static List<IElement> WithSameKind(List<IElement> selected, IElement top, IElement body)
    {
        var topClass = top.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(topClass))
        {
            return selected;
        }

        var chosen = new HashSet<IElement>(selected);
        var result = new List<IElement>();
        foreach (var element in DomWalk.Elements(body))
        {
            if (chosen.Contains(element))
            {
                if (!result.Any(r => r.Contains(element)))
                {
                    result.Add(element);
                }

                continue;
            }

            if (element.LocalName != top.LocalName || element.GetAttribute("class") != topClass || result.Any(r => r.Contains(element)) || selected.Any(s => element.Contains(s) || s.Contains(element)))
            {
                continue;
            }

            var text = TextMeasure.InnerText(element);
            if (text.Length >= MinSectionLength && TextMeasure.LinkDensity(element, text.Length) < 0.25)
            {
                result.Add(element);
            }
        }

        return result;
    }

    private IElement Widen(List<IElement> ranked, IElement body)
    {
        var top = ranked[0];
        var topScore = ScoreOf(top);

        // several strong candidates under one ancestor: the ancestor is the article
        var alternatives = ranked.Skip(1).Where(c => ScoreOf(c) / Math.Max(topScore, 1e-9) >= 0.75).Select(Ancestors).ToList();
        if (alternatives.Count >= MinSharedCandidates)
        {
            for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
            {
                if (alternatives.Count(a => a.Contains(parent)) >= MinSharedCandidates)
                {
                    top = parent;
                    break;
                }
            }
        }

        Initialize(top);

        // climb while the parent scores higher (its content is a better article)
        var lastScore = ScoreOf(top);
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!IsScored(parent))
            {
                continue;
            }

            var parentScore = ScoreOf(parent);
            if (parentScore < threshold)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = parentScore;
        }

        // a lone child is no better than its parent
        for (var parent = top.ParentElement; parent is not null && parent != body && parent.Children.Length == 1; parent = parent.ParentElement)
        {
            top = parent;
        }

        Initialize(top);
        return top;
    }

    private List<IElement> WithSiblings(IElement top)
    {
        var parent = top.ParentElement;
        if (parent is null)
        {
            return [top];
        }

        var topScore = ScoreOf(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class") ?? "";
        var selected = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                selected.Add(sibling);
                continue;
            }

            var bonus = topClass.Length > 0 && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if (IsScored(sibling) && ScoreOf(sibling) + bonus >= threshold)
            {
                selected.Add(sibling);
                continue;
            }

            if (sibling.LocalName is "p" or "blockquote" or "pre" || (sibling.LocalName is "div" && !HasBlockChild(sibling)))
            {
                var text = TextMeasure.InnerText(sibling);
                var density = TextMeasure.LinkDensity(sibling, text.Length);
                if ((text.Length > 80 && density < 0.25) || (text.Length is > 0 and < 80 && density == 0 && EndsSentence(text)))
                {
                    selected.Add(sibling);
                }
            }
        }

        return selected;
    }

    private void Initialize(IElement element)
    {
        if (_scores.ContainsKey(element))
        {
            return;
        }

        double score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if ((flags & ExtractionFlags.WeighClasses) != 0)
        {
            score += hints.Weight(element);
        }

        _scores[element] = score;
    }

    private static HashSet<IElement> Ancestors(IElement element)
    {
        var set = new HashSet<IElement>();
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            set.Add(parent);
        }

        return set;
    }

    private static bool EndsSentence(string text) => text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal);

    internal static bool HasBlockChild(IElement element) => element.Children.Any(c => HtmlTags.IsBlock(c.LocalName));

    /// <summary>The text of an element outside its block children (its own paragraph text).</summary>
    internal static string OwnText(IElement element, out bool hasBlockChild)
    {
        hasBlockChild = false;
        var builder = new System.Text.StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement childElement && HtmlTags.IsBlock(childElement.LocalName))
            {
                hasBlockChild = true;
                builder.Append(' ');
                continue;
            }

            builder.Append(child.TextContent);
            builder.Append(child is IElement { LocalName: "br" } ? " " : "");
        }

        return TextMeasure.Collapse(builder.ToString());
    }
}
