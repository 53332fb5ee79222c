using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Identiteit;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>
/// What holds for every operation, written down in the contract: the API-Version header on 2xx/3xx, ETag and 304
/// on GET, problem+json on every error (including the 406 and 500 any operation can give), and the parameters'
/// patterns and examples.
/// </summary>
internal sealed class ContractOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        BeschrijfParameters(operation, metadata.OfType<ParameterBeschrijving>().ToList());
        operation.Responses ??= new OpenApiResponses();
        BeschrijfBeveiliging(operation, metadata, context.Document);

        var isGet = string.Equals(context.ApiDescription.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase);
        if (isGet)
        {
            VoegConditioneelOphalenToe(operation);
        }

        var versieVereist = metadata.OfType<VersieVereist>().Any();
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
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
            });
        }

        operation.Responses.TryAdd("406", new OpenApiResponse { Description = "De client aanvaardt geen JSON." });
        operation.Responses.TryAdd("500", new OpenApiResponse { Description = "Onverwachte fout; de traceId helpt de beheerder." });

        foreach (var (status, antwoord) in operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (antwoord is not OpenApiResponse response)
            {
                continue;
            }

            if (status.StartsWith('2') || status.StartsWith('3'))
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers[ContractHeaders.ApiVersie] = ContractHeaders.ApiVersieHeader();
                if (isGet || (versieVereist && status != "204"))
                {
                    response.Headers["ETag"] = ContractHeaders.EtagHeader();
                }
            }
            else
            {
                response.Description = string.IsNullOrEmpty(response.Description) || response.Description is "Bad Request" or "Not Found"
                    ? Omschrijving(status)
                    : response.Description;
                response.Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProbleemSchema.Naam, context.Document) },
                };
            }
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

    /// <summary>An endpoint that requires authorization names the OAuth2 scheme, its scopes, and 401/403.</summary>
    private static void BeschrijfBeveiliging(OpenApiOperation operation, IList<object> metadata, OpenApiDocument document)
    {
        var autorisatie = metadata.OfType<IAuthorizeData>().ToList();
        if (autorisatie.Count == 0 || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        var scopes = autorisatie
            .Select(a => a.Policy)
            .OfType<string>()
            .Where(p => p.StartsWith(Autorisatie.ScopeVoorvoegsel, StringComparison.Ordinal))
            .Select(p => p[Autorisatie.ScopeVoorvoegsel.Length..])
            .ToList();
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Beveiligingsschema.Naam, document)] = scopes },
        ];
        operation.Responses!["401"] = new OpenApiResponse { Description = "Geen of geen geldig access token." };
        if (scopes.Count > 0)
        {
            operation.Responses["403"] = new OpenApiResponse { Description = "Het token heeft niet de vereiste scope." };
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
            Description = "De ETag van de versie waarop je wijziging is gebaseerd, zoals je die bij het ophalen kreeg.",
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
        "422" => "Een bedrijfsregel staat dit niet toe.",
        _ => "Fout.",
    };
}
