using System.Globalization;
using Claimgraph.Consolidation;
using Claimgraph.Lexicon;

namespace Claimgraph.Cli.Output;

/// <summary>How the query commands show variables and reports, in tables and as JSON.</summary>
public static class ReportView
{
    public static object Variable(VariableKey v) => new { v.Relation, v.Measure, v.Actor, v.Recipient, v.System, v.Unit };

    public static object Report(Report r) => new
    {
        Variable = Variable(r.Variable),
        Date = r.Window is null ? null : Iso(r.Window.Start),
        DateEnd = r.Window is null ? null : Iso(r.Window.End),
        r.Undated,
        DateFromText = r.Window?.OwnTime,
        r.Quote,
        Value = r.LeadClaim.Quantity.Value,
        Qualifier = r.LeadClaim.Quantity.Qualifier.ToName(),
        Low = r.Interval.Low,
        High = double.IsPositiveInfinity(r.Interval.High) ? (double?)null : r.Interval.High,
        r.Increment,
        Origin = r.Origin.Name,
        OriginIsOutlet = r.Origin.IsOutlet,
        Chain = r.Chain.Select(o => o.Name).ToList(),
        r.Outlets,
        Documents = r.Claims.Select(c => c.Document.Name).Distinct(StringComparer.Ordinal).ToList(),
        Claims = r.Claims.Count,
    };

    public static string Date(Report r) => r.Window is null ? "undated" : r.Window.ToString();

    /// <summary>"über 10.000 (≥10,000)", "+ 3000 weitere Soldaten (increment)".</summary>
    public static string Estimate(Report r) => (r.Increment ? "+ " : "") + r.Quote + $" [{r.Interval}]";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
