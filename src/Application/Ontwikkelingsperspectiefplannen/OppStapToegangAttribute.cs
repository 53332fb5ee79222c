using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;

/// <summary>The command takes this step of the OPP's lifecycle (<see cref="OppLevenscyclus"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class OppStapToegangAttribute(OppStap stap)
    : StapToegangAttribute<Ontwikkelingsperspectiefplan, OppStatus, OppStap>(OppLevenscyclus.Tabel, stap);
