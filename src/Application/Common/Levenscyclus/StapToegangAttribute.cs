using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Common.Levenscyclus;

/// <summary>
/// The command takes a step of a workflow's lifecycle: who may send it is the step's row in the table. Every step can
/// meet an aggregate the caller cannot see (404) or one whose status does not allow it now (409).
/// </summary>
public abstract class StapToegangAttribute<TAggregaat, TStatus, TStap>(Levenscyclus<TAggregaat, TStatus, TStap> tabel, TStap stap)
    : Attribute, IToegangsregel, IFaalwijzen
    where TStatus : struct, Enum
    where TStap : struct, Enum
{
    public TStap Stap { get; } = stap;

    public bool Openbaar => false;

    public bool Aangemeld => false;

    public IReadOnlyCollection<Rol> ToegestaneRollen { get; } = (tabel ?? throw new ArgumentNullException(nameof(tabel)))[stap].Rollen;

    public IReadOnlyCollection<string> ToegestaneScopes { get; } = tabel[stap].Scopes;

    public IReadOnlyCollection<Functie> ToegestaneFuncties { get; } = tabel[stap].Functies;

    public IReadOnlyCollection<FoutSoort> Faalwijzen { get; } = [FoutSoort.NietGevonden, FoutSoort.Conflict];
}
