using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>The command takes this step of the arrangement's lifecycle: who may send it is the step's row in the table.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ArrangementStapToegangAttribute(ArrangementStap stap) : Attribute, IToegangsregel
{
    public ArrangementStap Stap { get; } = stap;

    public bool Openbaar => false;

    public bool Aangemeld => false;

    public IReadOnlyCollection<Rol> ToegestaneRollen => ArrangementLevenscyclus.Tabel[Stap].Rollen;

    public IReadOnlyCollection<string> ToegestaneScopes => ArrangementLevenscyclus.Tabel[Stap].Scopes;
}
