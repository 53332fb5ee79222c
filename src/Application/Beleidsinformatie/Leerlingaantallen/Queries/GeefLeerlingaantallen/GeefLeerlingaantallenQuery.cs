using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen.Queries.GeefLeerlingaantallen;

/// <summary>
/// The form of one teldatum: every vestiging of the samenwerkingsverband with its number (exact: this is the bureau's
/// own view). Numbers of schools, no pupil, so not audited.
/// </summary>
[Toegang(Functies = [Functie.Beleidsmedewerker, Functie.ManagerOndersteuning])]
[KanFalen(FoutSoort.Ongeldig)]
public sealed record GeefLeerlingaantallenQuery(string Teldatum) : IQuery<Result<LeerlingaantallenDto>>;
