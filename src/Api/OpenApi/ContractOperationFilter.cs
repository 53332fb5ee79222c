using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Idempotentie;
using PassendOnderwijs.Domain.Gebruikers;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>
/// What holds for every operation, written down in the contract: the API-Version header on 2xx/3xx, ETag and 304
/// on GET, the rate-limit headers and 429 everywhere, Location on 201, Link on paged lists, problem+json on every
/// error (including the 400, 406 and 500 any operation can give), who may call it (from the [Toegang] of the message
/// the endpoint sends), and the parameters' patterns, examples, code lists and limits.
/// </summary>
internal sealed class ContractOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var bericht = ContractBerichten.Zoek(operation.OperationId, metadata);
        BeschrijfParameters(operation, metadata.OfType<ParameterBeschrijving>().ToList());
        BeschrijfParametersUitBericht(operation, bericht, context.SchemaRepository);
        operation.Responses ??= new OpenApiResponses();
        BeschrijfBeveiliging(operation, metadata, bericht, context.Document);

        var isGet = string.Equals(context.ApiDescription.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase);
        // A streamed download carries no ETag (EtagMiddleware leaves it alone), so it offers no conditional GET.
        var stroom = metadata.OfType<Http.Tabeluitvoer.Stroomantwoord>().Any();
        if (isGet && !stroom)
        {
            VoegConditioneelOphalenToe(operation);
        }

        BeschrijfFalen(operation, bericht);
        var bestand = metadata.OfType<Bestandsinhoud>().SingleOrDefault();
        if (bestand is not null)
        {
            BeschrijfBestand(operation, bestand);
        }

        var bestandsantwoord = metadata.OfType<Bestandsantwoord>().SingleOrDefault();
        if (bestandsantwoord is not null)
        {
            BeschrijfBestandsantwoord(operation, bestandsantwoord);
        }

        if (metadata.OfType<NdjsonWeergave>().SingleOrDefault() is { } ndjson)
        {
            BeschrijfNdjson(operation, ndjson, context);
        }

        var versieVereist = typeof(IVersieVoorwaarde).IsAssignableFrom(bericht);
        if (versieVereist)
        {
            VoegVersievoorwaardeToe(operation);
        }

        if (metadata.OfType<IdempotentieOndersteund>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "Idempotency-Key",
                In = ParameterLocation.Header,
                Required = false,
                Description = "Een unieke sleutel per aanvraag (bijvoorbeeld een UUID). Een herhaling met dezelfde sleutel en dezelfde inhoud " +
                    "geeft het eerste resultaat terug in plaats van een tweede aanvraag; dezelfde sleutel met andere inhoud geeft 400.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = Idempotentiesleutel.MaximaleLengte },
            });
        }

        // Every operation refuses an unknown query parameter with a 400 (QueryParametersFilter), and one with a body
        // refuses a body that is not JSON (or not one of its file types) with a 415 (MediatypeMiddleware).
        operation.Responses.TryAdd("400", new OpenApiResponse());

        // A POST, PUT or PATCH without a body of its own still meets clients that send one: not JSON is a 415 there too.
        if (operation.RequestBody is not null || context.ApiDescription.HttpMethod?.ToUpperInvariant() is "POST" or "PUT" or "PATCH")
        {
            operation.Responses.TryAdd("415", new OpenApiResponse
            {
                Description = bestand is null
                    ? "De inhoud is geen JSON; stuur Content-Type: application/json."
                    : $"De inhoud is geen bestand van een bekend type; stuur Content-Type {Opsomming(bestand.Mediatypen)}.",
            });
        }

        if (bestand?.MaximumBytes is { } maximum)
        {
            operation.Responses.TryAdd("413", new OpenApiResponse
            {
                Description = string.Create(CultureInfo.InvariantCulture, $"Het bestand is groter dan {maximum / (1024 * 1024)} MB ({maximum} bytes)."),
            });
        }

        operation.Responses.TryAdd("406", new OpenApiResponse
        {
            Description = bestandsantwoord is null
                ? "De client aanvaardt geen JSON."
                : $"De client aanvaardt geen {Opsomming(bestandsantwoord.Mediatypen)}.",
        });
        operation.Responses.TryAdd("429", new OpenApiResponse { Description = "Te veel verzoeken in dit venster; probeer het na Retry-After seconden opnieuw." });
        operation.Responses.TryAdd("500", new OpenApiResponse { Description = "Onverwachte fout; de traceId helpt de beheerder." });

        // Every operation reads the database (at least to check the token), so each can meet it being unreachable; and
        // each can find the instance's queue of waiting requests full (GelijktijdigheidMiddleware).
        operation.Responses.TryAdd("503", new OpenApiResponse
        {
            Description = "De gegevens zijn tijdelijk niet bereikbaar, of er wachten al te veel verzoeken; er is niets gewijzigd. Probeer het na Retry-After seconden opnieuw.",
        });
        var gepagineerd = operation.Parameters?.Any(p => p is { In: ParameterLocation.Query, Name: "cursor" or "token" }) == true;

        foreach (var (status, antwoord) in operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (antwoord is not OpenApiResponse response)
            {
                continue;
            }

            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (status.StartsWith('2') || status.StartsWith('3'))
            {
                response.Headers[ContractHeaders.ApiVersie] = ContractHeaders.ApiVersieHeader();
                if ((isGet && !stroom) || (versieVereist && status != "204"))
                {
                    response.Headers["ETag"] = ContractHeaders.EtagHeader();
                }

                if (stroom && status == "200")
                {
                    response.Headers["Content-Disposition"] = new OpenApiHeader
                    {
                        Description = "attachment met de bestandsnaam: de lijst en de dag van vandaag, bijvoorbeeld arrangementen-2027-03-14.csv.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    };
                }

                if (status == "201")
                {
                    response.Headers[ContractHeaders.Location] = ContractHeaders.Referentie(ContractHeaders.Location, context.Document);
                }

                if (status == "200" && gepagineerd)
                {
                    response.Headers[ContractHeaders.Link] = ContractHeaders.Referentie(ContractHeaders.Link, context.Document);
                }
            }
            else
            {
                if (status is "401" or "403")
                {
                    response.Headers[ContractHeaders.WwwAuthenticate] = ContractHeaders.Referentie(ContractHeaders.WwwAuthenticate, context.Document);
                }

                if (status is "429" or "503")
                {
                    response.Headers[ContractHeaders.RetryAfter] = ContractHeaders.Referentie(ContractHeaders.RetryAfter, context.Document);
                }

                response.Description = string.IsNullOrEmpty(response.Description) || response.Description is "Bad Request" or "Not Found" or "Conflict"
                    or "Unprocessable Content" or "Gone" or "Unsupported Media Type"
                    ? Omschrijving(status)
                    : response.Description;
                response.Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProbleemSchema.Naam, context.Document) },
                };
            }

            // The rate limiter announces the limit on every answer under /api, errors included.
            response.Headers[ContractHeaders.RateLimitPolicy] = ContractHeaders.Referentie(ContractHeaders.RateLimitPolicy, context.Document);
            response.Headers[ContractHeaders.RateLimit] = ContractHeaders.Referentie(ContractHeaders.RateLimit, context.Document);
        }

        var gesorteerd = new OpenApiResponses();
        foreach (var (status, antwoord) in operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            gesorteerd[status] = antwoord;
        }

        operation.Responses = gesorteerd;
        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse && okResponse.Description == "OK")
        {
            okResponse.Description = "Gelukt.";
        }
    }

    /// <summary>
    /// An endpoint that requires authorization says who may call it, from the access rule of the message it sends
    /// ([Toegang], or a lifecycle step's row: the one rule the server enforces): people with the listed roles (scheme "personen", roles in x-rollen and the
    /// description), koppelingen with one of the listed scopes (scheme "koppelingen"), and its 401 and 403.
    /// </summary>
    private static void BeschrijfBeveiliging(OpenApiOperation operation, IList<object> metadata, Type? bericht, OpenApiDocument document)
    {
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        var toegang = (bericht ?? throw new InvalidOperationException(
                $"Operation {operation.OperationId} requires authorization, but no message type is named after it " +
                "(operationId vraagArrangementAan sends VraagArrangementAanCommand or ...Query)."))
            .GetCustomAttributes(false).OfType<IToegangsregel>().SingleOrDefault()
            ?? throw new InvalidOperationException($"{bericht.Name} is sent by operation {operation.OperationId} but has no access rule.");

        IReadOnlyList<string> rollen = [.. toegang.ToegestaneRollen.Select(r => r.Code())];
        IReadOnlyList<string> scopes = [.. toegang.ToegestaneScopes];
        IReadOnlyList<string> functies = [.. toegang.ToegestaneFuncties.Select(f => f.Code())];
        var eisen = new List<OpenApiSecurityRequirement>();
        if (toegang.Aangemeld || rollen.Count > 0 || functies.Count > 0)
        {
            eisen.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Beveiligingsschema.Personen, document)] = [] });
        }

        // Any one of the scopes is enough, so each is an alternative of its own.
        eisen.AddRange(scopes.Select(scope =>
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Beveiligingsschema.Koppelingen, document)] = [scope] }));
        if (toegang.Aangemeld)
        {
            eisen.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Beveiligingsschema.Koppelingen, document)] = [] });
        }

        operation.Security = eisen;
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions["x-rollen"] = new JsonNodeExtension(new JsonArray([.. rollen.Select(r => JsonValue.Create(r))]));
        operation.Extensions["x-scopes"] = new JsonNodeExtension(new JsonArray([.. scopes.Select(s => JsonValue.Create(s))]));
        if (functies.Count > 0)
        {
            operation.Extensions["x-functies"] = new JsonNodeExtension(new JsonArray([.. functies.Select(f => JsonValue.Create(f))]));
        }


        var wie = toegang.Aangemeld
            ? "Toegang: iedereen met een geldig access token."
            : "Toegang: " + string.Join(
                "; ",
                new[]
                {
                    rollen.Count > 0 ? $"personen met de rol {Opsomming(rollen)}" : null,
                    functies.Count > 0 ? $"medewerkers van het samenwerkingsverband met de functie {Opsomming(functies)}" : null,
                    scopes.Count > 0 ? $"koppelingen met de scope {Opsomming(scopes)}" : null,
                }.OfType<string>()) + ".";
        operation.Description = string.IsNullOrWhiteSpace(operation.Description) ? wie : operation.Description + "\n\n" + wie;

        operation.Responses!["401"] = new OpenApiResponse { Description = "Geen of geen geldig access token." };
        if (!toegang.Aangemeld)
        {
            operation.Responses["403"] = new OpenApiResponse
            {
                Description = operation.Responses.TryGetValue("403", out var bestaand) && bestaand.Description is { Length: > 0 } d && d != "Forbidden"
                    ? d
                    : "Uw rol of de scopes van uw token staan dit niet toe.",
            };
        }
    }

    /// <summary>
    /// A body that is a file, required: binary content in each of its media types, or text for a text document (an XML
    /// dossier), so that generated clients send it as the string it is.
    /// </summary>
    private static void BeschrijfBestand(OpenApiOperation operation, Bestandsinhoud bestand) =>
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "Het bestand zelf.",
            Content = bestand.Mediatypen.ToDictionary(
                m => m,
                IOpenApiMediaType (_) => new OpenApiMediaType
                {
                    Schema = bestand.IsTekst ? new OpenApiSchema { Type = JsonSchemaType.String } : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                }),
        };

    /// <summary>An answer that is a file: binary content in each of its media types.</summary>
    /// <summary>The list's second representation: each line one of the two schemas, the last line the closing one.</summary>
    private static void BeschrijfNdjson(OpenApiOperation operation, NdjsonWeergave ndjson, OperationFilterContext context)
    {
        if (!operation.Responses!.TryGetValue("200", out var antwoord) || antwoord is not OpenApiResponse ok)
        {
            return;
        }

        ok.Content ??= new Dictionary<string, IOpenApiMediaType>();
        ok.Content[Ndjson.Mediatype] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Description = "Eén JSON-object per regel (newline-delimited JSON): elke regel een " + ndjson.Regel.Name.Replace("Dto", string.Empty, StringComparison.Ordinal) +
                    ", de laatste regel een " + ndjson.Einde.Name.Replace("Dto", string.Empty, StringComparison.Ordinal) + ".",
                OneOf =
                [
                    context.SchemaGenerator.GenerateSchema(ndjson.Regel, context.SchemaRepository),
                    context.SchemaGenerator.GenerateSchema(ndjson.Einde, context.SchemaRepository),
                ],
            },
        };
    }

    private static void BeschrijfBestandsantwoord(OpenApiOperation operation, Bestandsantwoord bestand) =>
        operation.Responses!["200"] = new OpenApiResponse
        {
            Description = "Het bestand zelf.",
            Content = bestand.Mediatypen.ToDictionary(
                m => m,
                IOpenApiMediaType (_) => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } }),
        };

    /// <summary>The failures the use case declares it can end in (<see cref="IFaalwijzen"/>), each with its status.</summary>
    private static void BeschrijfFalen(OpenApiOperation operation, Type? bericht)
    {
        var soorten = bericht?.GetCustomAttributes(false).OfType<IFaalwijzen>().SelectMany(f => f.Faalwijzen) ?? [];
        foreach (var status in soorten.Select(ProbleemStatus.Van).Distinct())
        {
            operation.Responses!.TryAdd(status.ToString(CultureInfo.InvariantCulture), new OpenApiResponse());
        }
    }

    private static string Opsomming(IReadOnlyList<string> namen) =>
        namen.Count == 1 ? namen[0] : string.Join(", ", namen.Take(namen.Count - 1)) + " of " + namen[^1];

    /// <summary>
    /// Query parameters take what the message says about the property they fill: its code list (a reference to the
    /// enum), whether it is required, and its limits, from the same attributes and constants as the validators.
    /// </summary>
    private static void BeschrijfParametersUitBericht(OpenApiOperation operation, Type? bericht, SchemaRepository schemas)
    {
        if (bericht is null)
        {
            return;
        }

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In != ParameterLocation.Query
                || bericht.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is not { } eigenschap)
            {
                continue;
            }

            var attributen = eigenschap.GetCustomAttributes().ToList();
            if (attributen.OfType<RequiredAttribute>().Any())
            {
                parameter.Required = true;
            }

            if (attributen.OfType<ICodeUit>().FirstOrDefault() is { } codeUit)
            {
                parameter.Schema = CodelijstSchemaFilter.VoorCodelijst(parameter.Schema ?? new OpenApiSchema(), codeUit.Codelijst, schemas);
                continue;
            }

            if (parameter.Schema is not OpenApiSchema schema)
            {
                continue;
            }

            foreach (var attribuut in attributen)
            {
                switch (attribuut)
                {
                    case RangeAttribute bereik:
                        schema.Minimum = Convert.ToString(bereik.Minimum, CultureInfo.InvariantCulture);
                        schema.Maximum = Convert.ToString(bereik.Maximum, CultureInfo.InvariantCulture);
                        break;
                    case MaxLengthAttribute maximum:
                        schema.MaxLength = maximum.Length;
                        break;
                    case AllowedValuesAttribute toegestaan:
                        schema.Enum = toegestaan.Values.Select(w => JsonSerializer.SerializeToNode(w)!).ToList();
                        break;
                    case RegularExpressionAttribute patroon:
                        schema.Pattern = patroon.Pattern;
                        break;
                    case MinLengthAttribute minimum:
                        schema.MinLength = minimum.Length;
                        break;
                    case DefaultValueAttribute standaard:
                        schema.Default = JsonSerializer.SerializeToNode(standaard.Value);
                        break;
                    case DescriptionAttribute beschrijving:
                        parameter.Description = beschrijving.Description;
                        break;
                }
            }
        }
    }

    private static void VoegConditioneelOphalenToe(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "De ETag van een eerder opgehaalde representatie; ongewijzigd geeft 304 zonder inhoud.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Responses!["304"] = new OpenApiResponse { Description = "Niet gewijzigd sinds de meegestuurde ETag." };
    }

    private static void VoegVersievoorwaardeToe(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Required = true,
            Description = "De ETag van de versie waarop uw wijziging is gebaseerd, zoals u die bij het ophalen kreeg.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            Example = JsonValue.Create("\"42\""),
        });
        operation.Responses!["412"] = new OpenApiResponse { Description = "Iemand anders wijzigde dit intussen; haal de nieuwe versie op." };
        operation.Responses["428"] = new OpenApiResponse { Description = "If-Match ontbreekt." };
    }

    private static void BeschrijfParameters(OpenApiOperation operation, List<ParameterBeschrijving> beschrijvingen)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var beschrijving = beschrijvingen.Find(b => b.Naam == parameter.Name);
            if (beschrijving is null)
            {
                continue;
            }

            parameter.Description = beschrijving.Beschrijving;
            parameter.Example = JsonValue.Create(beschrijving.Voorbeeld);
            parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = beschrijving.Patroon, Format = beschrijving.Formaat };
        }
    }

    private static string Omschrijving(string status) => status switch
    {
        "400" => "Ongeldige invoer; alle problemen staan in errors.",
        "404" => "Niet gevonden.",
        "409" => "Botst met de huidige toestand.",
        "410" => "Niet meer beschikbaar.",
        "412" => "Iemand anders wijzigde dit intussen; haal de nieuwe versie op.",
        "415" => "De inhoud is geen JSON; stuur Content-Type: application/json.",
        "422" => "Een bedrijfsregel staat dit niet toe.",
        "428" => "If-Match ontbreekt.",
        _ => "Fout.",
    };
}
