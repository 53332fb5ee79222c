using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Architecture.Tests.Meldingen;

/// <summary>
/// Every message a person may read is a Dutch sentence: it starts with a capital and ends with a full stop, names a
/// choice by its label and a date as "14 maart 2027", never by a code, an ISO date or an internal name, and it addresses
/// the reader as "u", as the sign-in pages and the SPA do. The machine code of a problem (its first argument) is the
/// contract for LAS integrators and is not checked here.
/// The messages are read from the source, so a message on a path no test reaches is checked too.
/// </summary>
public partial class MeldingTests
{
    /// <summary>The expected outcomes of <c>Fout</c>; the message is their second argument.</summary>
    private static readonly HashSet<string> FoutSoorten =
    [
        "Ongeldig", "NietGevonden", "Conflict", "RegelGeschonden", "NietAangemeld", "Verboden", "OnvoldoendeScope",
        "VersieVereist", "VersieVerouderd", "Verlopen", "OngeldigToken",
    ];

    /// <summary>Values that are themselves the start of a sentence ("Een arrangement").</summary>
    private static readonly HashSet<string> ZinsbeginWaarden = ["AggregaatNaam"];

    [Test]
    public void Every_message_in_the_source_is_a_dutch_sentence_without_codes_iso_dates_or_internal_names()
    {
        var codes = Codelijsten.CodesDieGeenWoordZijn();
        var meldingen = Bronmeldingen().ToList();

        meldingen.Count.ShouldBeGreaterThan(200, "the scan finds the messages of the source");
        var fout = meldingen
            .SelectMany(m => Bezwaren(m.Delen, codes).Select(b => $"{m.Plek}: {b} — {m.Tekst}"))
            .ToList();
        fout.ShouldBeEmpty(string.Join(Environment.NewLine, fout));
    }

    [Test]
    public void Every_code_list_has_a_label_for_each_code_and_asks_for_a_choice_in_a_sentence_of_labels()
    {
        var lijsten = Codelijsten.Alle();
        var codes = Codelijsten.CodesDieGeenWoordZijn();

        lijsten.Count.ShouldBeGreaterThan(10, "reflection finds the code lists");
        foreach (var lijst in lijsten)
        {
            lijst.Naam.ShouldNotBeNullOrWhiteSpace($"{lijst.Waar} has no name for a sentence: give it labels");
            lijst.Labels.Keys.ShouldBe(lijst.Codes, ignoreOrder: true, $"{lijst.Waar} has a label for every code");
            lijst.Labels.Values.ShouldAllBe(l => l.Length > 0 && char.IsUpper(l[0]), $"{lijst.Waar}: a label starts with a capital, as the screen shows it");
            var melding = lijst.Keuzemelding();
            Bezwaren(Delen(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(melding))), codes)
                .ShouldBeEmpty($"{lijst.Waar}: {melding}");
        }
    }

    [Test]
    public void The_check_refuses_what_the_rules_forbid()
    {
        var codes = new HashSet<string>(["in-behandeling"], StringComparer.Ordinal);
        Bezwaren(Delen("\"Goed zo.\""), codes).ShouldBeEmpty();
        Bezwaren(Delen("$\"Hoogstens {maximum} tekens.\""), codes).ShouldBeEmpty();
        Bezwaren(Delen("\"pageSize ligt tussen 1 en 100.\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("\"Zonder punt\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("\"Een vraag?\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("\"Geef de datum als 2017-03-14.\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("$\"Gestart op {Startdatum:yyyy-MM-dd}.\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("\"De status is in-behandeling.\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("$\"De rol {rol.Code()} kan dit niet.\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("\"Kies er een uit GET /experts.\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("\"Kies er een (zie /expertises).\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("$\"{veld} is verplicht.\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("string.Empty"), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("\"Vul je wachtwoord in.\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("\"Je kunt dit niet.\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("$\"Er is geen account {id} in jouw samenwerkingsverband.\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("\"Er is geen leerling die jij mag zien.\""), codes).ShouldNotBeEmpty();
        Bezwaren(Delen("\"U kunt alleen uw eigen vestigingen kiezen, ook voor een jeugdhulparrangement.\""), codes).ShouldBeEmpty();
    }

    /// <summary>What is wrong with one message; nothing for a good sentence.</summary>
    private static IEnumerable<string> Bezwaren(IReadOnlyList<Deel> delen, IReadOnlySet<string> codes)
    {
        if (delen.Count == 0 || delen.All(d => d is Tekstdeel { Tekst.Length: 0 }))
        {
            yield return "empty message";
            yield break;
        }

        if (delen.Any(d => d is Onbekend))
        {
            // A message made elsewhere (a parameter, a call): it is checked where its text is written.
            yield break;
        }

        switch (delen[0])
        {
            case Tekstdeel { Tekst: var begin } when begin.Length == 0 || !char.IsUpper(begin[0]):
                yield return "does not start with a capital";
                break;
            case Gat gat when !ZinsbeginWaarden.Contains(gat.Naam):
                yield return "starts with a value instead of a word";
                break;
        }

        if (delen[^1] is not Tekstdeel { Tekst: var einde } || !einde.EndsWith('.'))
        {
            yield return "does not end with a full stop";
        }

        var tekst = string.Concat(delen.OfType<Tekstdeel>().Select(d => d.Tekst + " "));
        if (IsoDatum().IsMatch(tekst))
        {
            yield return "an ISO date; write it as 14 maart 2027";
        }

        if (Pad().IsMatch(tekst))
        {
            yield return "names an API path; say what to choose instead";
        }

        if (Informeel().Match(tekst) is { Success: true } informeel)
        {
            yield return $"addresses the reader as '{informeel.Value}'; say u or uw";
        }

        foreach (var code in codes.Where(c => Regex.IsMatch(tekst, $@"(?<![\w-]){Regex.Escape(c)}(?![\w-])")))
        {
            yield return $"the code '{code}'; use its label";
        }

        foreach (var gat in delen.OfType<Gat>())
        {
            if (gat.Opmaak is { } opmaak && (opmaak.Contains("yyyy", StringComparison.Ordinal) || opmaak is "O" or "o" or "s" or "u"))
            {
                yield return $"the date {{{gat.Naam}:{opmaak}}}; use NederlandseDatum.Tekst";
            }

            if (gat.RoeptCodeAan)
            {
                yield return $"the code of {{{gat.Naam}}}; use its label";
            }
        }
    }

    private static IEnumerable<Melding> Bronmeldingen()
    {
        var src = Path.Combine(Repository.Root, "src");
        foreach (var bestand in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relatief = Path.GetRelativePath(Repository.Root, bestand);
            if (relatief.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
                relatief.Contains("Migrations", StringComparison.Ordinal))
            {
                continue;
            }

            var boom = CSharpSyntaxTree.ParseText(File.ReadAllText(bestand), new CSharpParseOptions(LanguageVersion.Latest));
            // The contract's own title and descriptions are not messages.
            var probleem = !relatief.Contains($"{Path.DirectorySeparatorChar}OpenApi{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
            foreach (var expressie in MeldingExpressies(boom.GetRoot(), probleem).SelectMany(Takken))
            {
                var regel = expressie.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                yield return new Melding($"{relatief}:{regel}", expressie.ToString(), Delen(expressie));
            }
        }
    }

    /// <summary>The expressions that are messages: a Fout's message, a validator's WithMessage, a problem's title and detail.</summary>
    private static IEnumerable<ExpressionSyntax> MeldingExpressies(SyntaxNode wortel, bool metTitels)
    {
        foreach (var aanroep in wortel.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var argumenten = aanroep.ArgumentList.Arguments;
            if (aanroep.Expression is IdentifierNameSyntax { Identifier.Text: "Probleem" } && argumenten.Count == 4)
            {
                // The import's Probleem(regel, kolom, code, melding).
                yield return argumenten[3].Expression;
                continue;
            }

            if (aanroep.Expression is not MemberAccessExpressionSyntax lid)
            {
                continue;
            }

            var naam = lid.Name.Identifier.Text;
            if (FoutSoorten.Contains(naam) && lid.Expression.ToString().EndsWith("Fout", StringComparison.Ordinal) && argumenten.Count >= 2)
            {
                yield return argumenten[1].Expression;
            }
            else if (naam == "Verplicht" && lid.Expression.ToString() == "Tekst" && argumenten.Count == 5)
            {
                // Tekst.Verplicht(tekst, maximum, veld, code, melding): the message for a missing text.
                yield return argumenten[4].Expression;
            }
            else if (naam == "WithMessage" && argumenten.Count == 1)
            {
                yield return argumenten[0].Expression is LambdaExpressionSyntax { ExpressionBody: { } body } ? body : argumenten[0].Expression;
            }
        }

        foreach (var nieuw in wortel.DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
        {
            // new Fout(soort, code, melding) { Plek = … }: a problem in an uploaded file.
            if (nieuw.Type.ToString().EndsWith("Fout", StringComparison.Ordinal) && nieuw.ArgumentList?.Arguments is { Count: >= 3 } argumenten)
            {
                yield return argumenten[2].Expression;
            }
        }

        foreach (var toekenning in wortel.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            var doel = toekenning.Left switch
            {
                IdentifierNameSyntax id => id.Identifier.Text,
                MemberAccessExpressionSyntax m => m.Name.Identifier.Text,
                _ => null,
            };
            // A PDF's document information (document.Info.Title) is metadata of a file, not a message.
            var pdfInformatie = toekenning.Left is MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "Info" } };
            if (metTitels && doel is "Title" or "Detail" && !pdfInformatie)
            {
                yield return toekenning.Right;
            }
        }

        // Messages kept as constants, to be shared (Tekst.StuurtekenMelding) or used twice in one method.
        foreach (var veld in wortel.DescendantNodes().OfType<VariableDeclaratorSyntax>())
        {
            if (veld.Identifier.Text.EndsWith("elding", StringComparison.Ordinal) && veld.Initializer is { Value: var waarde } &&
                veld.Parent?.Parent is FieldDeclarationSyntax or LocalDeclarationStatementSyntax { IsConst: true })
            {
                yield return waarde;
            }
        }
    }

    /// <summary>Each message a choice can give: both sides of a ?:, every arm of a switch.</summary>
    private static IEnumerable<ExpressionSyntax> Takken(ExpressionSyntax expressie) => expressie switch
    {
        ConditionalExpressionSyntax keuze => [.. Takken(keuze.WhenTrue), .. Takken(keuze.WhenFalse)],
        SwitchExpressionSyntax keuze => keuze.Arms.SelectMany(a => Takken(a.Expression)),
        ParenthesizedExpressionSyntax haakjes => Takken(haakjes.Expression),
        _ => [expressie],
    };

    private static List<Deel> Delen(string code) => Delen(SyntaxFactory.ParseExpression(code));

    /// <summary>The message as text and holes, concatenations and both sides of a choice included; an unknown part for anything else.</summary>
    private static List<Deel> Delen(ExpressionSyntax expressie)
    {
        switch (expressie)
        {
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal:
                return [new Tekstdeel(literal.Token.ValueText)];
            case InterpolatedStringExpressionSyntax interpolatie:
                return [.. interpolatie.Contents.Select(Deel (inhoud) => inhoud switch
                {
                    InterpolatedStringTextSyntax tekst => new Tekstdeel(tekst.TextToken.ValueText),
                    InterpolationSyntax gat => new Gat(
                        gat.Expression.ToString(),
                        gat.FormatClause?.FormatStringToken.ValueText,
                        gat.Expression.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
                            .Any(a => a.Expression.ToString() is var naam && (naam == "Code" || naam.EndsWith(".Code", StringComparison.Ordinal)))),
                    _ => new Onbekend(),
                })];
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } som:
                return Samen([.. Delen(som.Left), .. Delen(som.Right)]);
            case ParenthesizedExpressionSyntax haakjes:
                return Delen(haakjes.Expression);
            case MemberAccessExpressionSyntax { Name.Identifier.Text: "Empty", Expression: PredefinedTypeSyntax }:
                return [new Tekstdeel(string.Empty)];
            default:
                return [new Onbekend()];
        }
    }

    /// <summary>Adjacent texts as one, so "a " + "b." reads as one text.</summary>
    private static List<Deel> Samen(List<Deel> delen)
    {
        var samen = new List<Deel>();
        foreach (var deel in delen)
        {
            if (deel is Tekstdeel volgende && samen.Count > 0 && samen[^1] is Tekstdeel vorige)
            {
                samen[^1] = new Tekstdeel(vorige.Tekst + volgende.Tekst);
            }
            else
            {
                samen.Add(deel);
            }
        }

        return samen;
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDatum();

    [GeneratedRegex(@"\b(GET|POST|PUT|PATCH|DELETE) /|(^|[\s(])/[a-z]")]
    private static partial Regex Pad();

    /// <summary>The informal forms of address, as whole words.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(je|jij|jou|jouw|jouwe|jezelf)(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex Informeel();

    private sealed record Melding(string Plek, string Tekst, IReadOnlyList<Deel> Delen);

    private abstract record Deel;

    private sealed record Tekstdeel(string Tekst) : Deel;

    private sealed record Gat(string Naam, string? Opmaak, bool RoeptCodeAan) : Deel;

    private sealed record Onbekend : Deel;
}
