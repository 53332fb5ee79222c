using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>
/// The command takes this step of the arrangement's lifecycle: who may send it is the step's row in the table. Every
/// step can meet an arrangement the caller cannot see (404) or one whose status does not allow it now (409).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ArrangementStapToegangAttribute(ArrangementStap stap) : Attribute, IToegangsregel, IFaalwijzen
{
    public ArrangementStap Stap { get; } = stap;

    public bool Openbaar => false;

    public bool Aangemeld => false;

    public IReadOnlyCollection<Rol> ToegestaneRollen => ArrangementLevenscyclus.Tabel[Stap].Rollen;

    public IReadOnlyCollection<string> ToegestaneScopes => ArrangementLevenscyclus.Tabel[Stap].Scopes;

    public IReadOnlyCollection<FoutSoort> Faalwijzen { get; } = [FoutSoort.NietGevonden, FoutSoort.Conflict];
}
