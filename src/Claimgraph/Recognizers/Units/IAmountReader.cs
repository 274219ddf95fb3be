using Claimgraph.Recognizers.Numbers;

namespace Claimgraph.Recognizers.Units;

/// <summary>What a unit recognizer does on the walk of <see cref="UnitScanning.ScanAmounts{TUnit, TResult}"/>.</summary>
internal interface IAmountReader<in TUnit, TResult>
{
    /// <summary>Its own reading at a token, before the shared one (a currency before its amount): the last token taken, or -1.</summary>
    int ReadFirst(NumberScan scan, int token, List<TResult> found);

    /// <summary>An amount with its unit: adds it and returns its last token (it may take a part after it), or -1 to pass it over.</summary>
    int Read(NumberScan scan, int first, double value, TUnit unit, int last, List<TResult> found);
}
