using PassendOnderwijs.Domain.Matching;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The code lists of "Wat past?" (passende settingen) and what each code means.</summary>
internal static partial class ContractCodelijsten
{
    private static IEnumerable<Codelijstschema> Matching() =>
    [
        Tekst(
            IvoVeldCodes.Lijst,
            "De vijf IVO-velden waarop onderwijsbehoeften, een ondersteuningsprofiel en een arrangement worden beschreven.",
            new Dictionary<IvoVeld, string>
            {
                [IvoVeld.AandachtEnTijd] = "Hoeveel extra aandacht en tijd van de leerkracht of een ander.",
                [IvoVeld.Onderwijsmaterialen] = "Aangepaste of extra materialen en methoden.",
                [IvoVeld.RuimtelijkeOmgeving] = "Aanpassingen aan het lokaal of het gebouw, zoals een rustige werkplek.",
                [IvoVeld.Expertise] = "Specialistische kennis, bijvoorbeeld over slechthorendheid of gedrag.",
                [IvoVeld.SamenwerkingMetAndereInstanties] = "Samenwerking met bijvoorbeeld jeugdhulp, zorg of het wijkteam.",
            }),
        Tekst(
            SettingsoortCodes.Lijst,
            "Hoe zwaar een setting is; de lichtste die voldoet komt eerst.",
            new Dictionary<Settingsoort, string>
            {
                [Settingsoort.HuidigeSchool] = "De eigen school zoals die nu is: het ondersteuningsprofiel dekt elke gevraagde behoefte.",
                [Settingsoort.HuidigeSchoolMetOndersteuning] = "De eigen school met arrangementen en/of ambulante begeleiding die de gaten sluiten.",
                [Settingsoort.AndereReguliereSchool] = "Een andere reguliere school van het samenwerkingsverband.",
                [Settingsoort.SpeciaalBasisonderwijsOfPraktijkonderwijs] = "Speciaal basisonderwijs of praktijkonderwijs; een TLV is nodig.",
                [Settingsoort.SpeciaalOnderwijs] = "Speciaal of voortgezet speciaal onderwijs; een TLV is nodig.",
            }),
        Tekst(
            NabijheidCodes.Lijst,
            "Hoe dichtbij een setting is: een school volgens de indeling van het samenwerkingsverband, een aanbieder volgens zijn werkgebied.",
            new Dictionary<Nabijheid, string>
            {
                [Nabijheid.EigenSchool] = "Op de eigen school van de leerling.",
                [Nabijheid.ZelfdeLokaalNetwerk] = "Een school in hetzelfde lokale netwerk.",
                [Nabijheid.ZelfdeRegio] = "Een school in dezelfde regio.",
                [Nabijheid.ZelfdeSamenwerkingsverband] = "Een school elders in het samenwerkingsverband.",
                [Nabijheid.WerkgebiedPostcodegebied] = "Een aanbieder die in het postcodegebied van de leerling werkt.",
                [Nabijheid.WerkgebiedSamenwerkingsverband] = "Een aanbieder die in het samenwerkingsverband werkt.",
                [Nabijheid.WerkgebiedLandelijk] = "Een aanbieder die in het hele land werkt.",
            }),
    ];
}
