using Claimgraph.Lexicon;

namespace Claimgraph.Tests.Recognizers.Specs;

internal sealed partial class SpecModels
{
    private void InitDates(LanguagePack pack)
    {
    }

    private void RunDates(string text, DateTime? reference, List<SpecResult> results)
    {
    }
}
