using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Application.Gebruikers.Commands.RegistreerGebruiker;

public sealed class RegistreerGebruikerHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<RegistreerGebruikerCommand, NieuweGebruiker, NieuweGebruikerDto>
{
    protected override async ValueTask<Result<NieuweGebruikerDto>> Handle(
        RegistreerGebruikerCommand command, NieuweGebruiker invoer, CancellationToken cancellationToken)
    {
        if (invoer.Rol.HoortBijGeenSamenwerkingsverband())
        {
            // A national role is not the SWV's to give: any SWV administrator could otherwise make themselves
            // manager of every other SWV's entries in the register.
            return Fout.Verboden(
                "rol-niet-toekenbaar",
                $"De rol '{RolCodes.Lijst.LabelInZin(invoer.Rol)}' hoort bij het platform; alleen een {RolCodes.Lijst.LabelInZin(Rol.PlatformBeheerder)} kent die toe.");
        }

        if (invoer.Rol == Rol.Ouder)
        {
            // An ouder's account is only worth something linked to their own child, and only the child's school knows
            // who the parents are: it invites them from the pupil.
            return Fout.Ongeldig(
                "ouder-via-school", "Een account voor een ouder of verzorger maakt de school aan bij de leerling (Ouders uitnodigen).", "rol");
        }

        var geregistreerd = Gebruiker.Registreer(invoer.Email, invoer.Naam, invoer.Rol, aanroeper.Samenwerkingsverband, invoer.Vestigingen);
        if (!geregistreerd.Lukt(out var gebruiker))
        {
            return Result<NieuweGebruikerDto>.Mislukt(geregistreerd.Fouten);
        }

        if (invoer.Functies is { Count: > 0 } functies && gebruiker.ZetFuncties(functies) is { IsGelukt: false } zonderFunctie)
        {
            return Result<NieuweGebruikerDto>.Mislukt(zonderFunctie.Fouten);
        }

        if (invoer.ExterneOrganisatie is { } extern_)
        {
            var organisatie = await ExterneOrganisaties.NaamAsync(db, extern_, cancellationToken).ConfigureAwait(false);
            var gezet = organisatie.IsGelukt
                ? gebruiker.ZetExterneOrganisatie(organisatie.Waarde, extern_.AanbiederCode)
                : Result<Gebruiker>.Mislukt(organisatie.Fouten);
            if (!gezet.IsGelukt)
            {
                return Result<NieuweGebruikerDto>.Mislukt(gezet.Fouten);
            }
        }

        return await db.OpenAsync(gebruiker, klok, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The organisation's name as given, or, for an aanbieder from the register given by code alone, the register's name.</summary>
internal static class ExterneOrganisaties
{
    public static async Task<Result<string?>> NaamAsync(IApplicationDbContext db, ExterneOrganisatieDto organisatie, CancellationToken ct)
    {
        if (organisatie.AanbiederCode is null)
        {
            return organisatie.Naam;
        }

        var code = ObaCode.Parse(organisatie.AanbiederCode, "externeOrganisatie.aanbiederCode");
        if (!code.Lukt(out var obaCode))
        {
            return Result<string?>.Mislukt(code.Fouten);
        }

        var naam = await db.Onderwijsbegeleidingsaanbieders.AsNoTracking().Where(o => o.Code == obaCode).Select(o => o.Naam)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (naam is null)
        {
            return Fout.Ongeldig("aanbieder-onbekend", $"Er staat geen onderwijsbegeleidingsaanbieder {obaCode} in het register.", "externeOrganisatie.aanbiederCode");
        }

        return string.IsNullOrWhiteSpace(organisatie.Naam) ? naam : organisatie.Naam;
    }
}
