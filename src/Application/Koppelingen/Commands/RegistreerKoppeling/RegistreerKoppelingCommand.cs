using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Koppelingen.Commands.RegistreerKoppeling;

/// <summary>
/// An SWV administrator registers a LAS or partner as a machine client of their own samenwerkingsverband.
/// Without public keys the server generates a secret; with them (a JWKS) the client authenticates with
/// private_key_jwt and no secret exists at all. The vestigingen are the schools whose pupils the client may see
/// (a LAS serves one school or a board's schools); without them it sees no pupil data.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[Audit(AuditActie.Aanmaken, "koppeling", Doel = "Beheer van koppelingen met toegang tot gegevens")]
public sealed record RegistreerKoppelingCommand(Result<NieuweKoppeling> Invoer) : IInvoerCommand<NieuweKoppeling, NieuweKoppelingDto>;
