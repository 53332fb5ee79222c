using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek;

/// <summary>The command takes this step of a case's lifecycle (<see cref="CasusLevenscyclus"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CasusStapToegangAttribute(CasusStap stap)
    : StapToegangAttribute<Casus, CasusStatus, CasusStap>(CasusLevenscyclus.Tabel, stap);
