using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen;

/// <summary>The command takes this step of the verantwoording's lifecycle (<see cref="VerantwoordingLevenscyclus"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class VerantwoordingStapToegangAttribute(VerantwoordingStap stap)
    : StapToegangAttribute<Verantwoording, VerantwoordingStatus, VerantwoordingStap>(VerantwoordingLevenscyclus.Tabel, stap);
