namespace PassendOnderwijs.Application.Meldingen;

/// <summary>
/// The section <c>Email</c> of the settings. Off by default: without <see cref="Aan"/> no e-mail is queued at all.
/// With <see cref="PickupMap"/> set, the sender writes each message as an .eml file there instead of talking to a server
/// (locally and in the demo, so the messages can be seen).
/// </summary>
public sealed class Emailinstellingen
{
    public const string Sectie = "Email";

    public bool Aan { get; set; }

    /// <summary>The sender's address, e.g. meldingen@passendonderwijs.example.</summary>
    public string Afzender { get; set; } = "meldingen@passendonderwijs.invalid";

    /// <summary>A folder to write .eml files to instead of sending; wins over <see cref="Smtp"/>.</summary>
    public string? PickupMap { get; set; }

    public SmtpInstellingen Smtp { get; set; } = new();

    /// <summary>How often the sender looks for mail to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
}

public sealed class SmtpInstellingen
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? Gebruiker { get; set; }

    public string? Wachtwoord { get; set; }

    /// <summary>STARTTLS or TLS; only a local test server goes without.</summary>
    public bool Ssl { get; set; } = true;
}
