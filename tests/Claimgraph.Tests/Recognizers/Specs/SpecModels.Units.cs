using Claimgraph.Lexicon;
using Claimgraph.Recognizers.Numbers;

namespace Claimgraph.Tests.Recognizers.Specs;

internal sealed partial class SpecModels
{
    private void InitUnits(LanguagePack pack)
    {
    }

    private void RunUnitsOrDates(string model, NumberScan scan, DateTime? reference, List<SpecResult> results)
    {
    }
}
