using Claimgraph.Lexicon;
using Claimgraph.Recognizers;

namespace Claimgraph.Extraction;

public sealed partial class ClaimExtractor
{
    /// <summary>
    /// The reading of one sentence, passed from stage to stage of <see cref="ReadSentence"/>: who speaks in it (set once by
    /// <see cref="ReadAttribution"/>), the parties it names, the claims read so far, and the scratch state of reading its
    /// quantities one after another. Lives for one sentence.
    /// </summary>
    private sealed class SentenceReading(SentenceContext sentence, ReadingContext context, List<Claim> drafts, RoleVotes votes)
    {
        private bool? _hedged;

        public SentenceContext Sentence { get; } = sentence;

        public ReadingContext Context { get; } = context;

        /// <summary>The claims of the document's sentences before this one.</summary>
        public List<Claim> Drafts { get; } = drafts;

        public RoleVotes Votes { get; } = votes;

        /// <summary>The source phrases of the sentence, pronouns and generic institutions resolved.</summary>
        public required List<SourcePhrase> Sources { get; init; }

        /// <summary>The source phrases before a speaker's own country was dropped from the chain: they name no party.</summary>
        public required List<SourcePhrase> PhrasesNamingNoParty { get; init; }

        /// <summary>The sentence's own sources (or the paragraph's speaker, or the interviewee).</summary>
        public required List<Source> Own { get; init; }

        /// <summary>Whether the sentence is an item of a list.</summary>
        public required bool ListItem { get; init; }

        /// <summary>The list whose report the item continues, when it has no source of its own.</summary>
        public required ListReport? List { get; init; }

        /// <summary>Whether the sentence continues the report of the sentences before.</summary>
        public required bool Continues { get; init; }

        /// <summary>The chain the sentence's claims take where a clause names none of its own.</summary>
        public required IReadOnlyList<Source> Attribution { get; set; }

        /// <summary>Whether the report or list the sentence continues was hedged.</summary>
        public required bool ReportHedged { get; init; }

        public List<CountryMention> Countries { get; set; } = [];

        /// <summary>The weapon system the sentence names last.</summary>
        public Entity? SentenceSystem { get; set; }

        /// <summary>Whether the sentence (or the report or list it continues) speaks of supply.</summary>
        public bool HasSupply { get; set; }

        /// <summary>The word that points back to the package the sentence before named, or -1.</summary>
        public int PackageAt { get; set; }

        public bool Question { get; set; }

        /// <summary>The number of a heading line the paragraph this sentence opens stands under ("2. 840'000"), and the phrase
        /// of the sentence that takes it up ("Auf so viele …").</summary>
        public HeadingNumber? Heading { get; set; }

        public QuantityPhrase? Headed { get; set; }

        /// <summary>The claims read in this sentence so far.</summary>
        public List<Claim> Claims { get; } = [];

        /// <summary>The first token of each claim read in the sentence, in the order of <see cref="Claims"/>.</summary>
        public List<int> ClaimFirsts { get; } = [];

        /// <summary>The last token of the claim read before in the sentence.</summary>
        public int PreviousLast { get; set; } = -1;

        /// <summary>The last token of a count of a noun that is no measure ("drei Patriot-Systeme"), read after the last claim.</summary>
        public int UncountedLast { get; set; } = -1;

        /// <summary>Whether the sentence names pay: asked of money claims only, once per sentence.</summary>
        public bool? NamesPay { get; set; }

        /// <summary>The loss noun a pronoun ties the sentence's counts to: asked only of a claim with no relation word of its own, once.</summary>
        public LossStandIn? LossStandIn { get; set; }

        /// <summary>The sentence's text and time expressions, read only for a sentence that makes a claim (most make none).</summary>
        public string? SentenceText { get; set; }

        public List<Recognizers.Dates.TimeMention>? Times { get; set; }

        /// <summary>The time the claim before took: claims of one sentence mostly share one, made once.</summary>
        public (Recognizers.Dates.TimeMention? Mention, ClaimTime? Time) LastTime;

        /// <summary>The claims that are amounts of a package added, and those that are conversions of the amount before.</summary>
        public List<int>? PackageAmounts { get; set; }

        public List<int>? Conversions { get; set; }

        /// <summary>Whether the sentence speaks in the first person plural: asked only of a claim that needs it, once.</summary>
        public bool? FirstPersonPlural { get; set; }

        /// <summary>Whether the sentence or the report it continues is hedged (asked once).</summary>
        public bool Hedged() => _hedged ??= (Sentence.Hedges.Count > 0 && OwnHedgesCount) || ReportHedged;

        /// <summary>Whether a hedge of the sentence itself reaches the claim at token <paramref name="first"/>.</summary>
        public bool HedgesClaimAt(int first) => OwnHedgesCount && Sentence.HedgesClaimAt(first);

        /// <summary>
        /// A closing ", hieß es." of a sentence that continues a report named before says whose the report is
        /// (<see cref="SentenceContext.HedgedOnlyByClosingTag"/>): its own hedges then do not count.
        /// </summary>
        private bool OwnHedgesCount => !(Continues && Attribution.Count > 0 && Sentence.HedgedOnlyByClosingTag);
    }
}
