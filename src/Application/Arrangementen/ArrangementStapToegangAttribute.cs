using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Domain.Arrangementen;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>The command takes this step of the arrangement's lifecycle (<see cref="ArrangementLevenscyclus"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ArrangementStapToegangAttribute(ArrangementStap stap)
    : StapToegangAttribute<Arrangement, ArrangementStatus, ArrangementStap>(ArrangementLevenscyclus.Tabel, stap);
