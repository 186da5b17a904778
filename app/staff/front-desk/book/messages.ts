// The booking page's German sentences for what a post or a search was refused for (the codes come
// from lib/staff's problems: the booking gate's and the person schema's codes by field).
import type { ProblemCode, ProblemField, Problems } from "@/lib/staff";

const BY_CODE: Record<ProblemCode, string> = {
  name: "Bitte den Namen eingeben.",
  email: "Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben oder das Feld leer lassen.",
  phone:
    "Diese Telefonnummer lässt sich nicht lesen. Bitte nur Ziffern (Leerzeichen, +, /, - sind erlaubt) eingeben, zum Beispiel 0621 123456 oder +49 621 123456, oder das Feld leer lassen.",
  tooLong: "Dieser Text ist zu lang.",
  invalidCharacters: "Der Text enthält Steuerzeichen, die nicht gespeichert werden können. Bitte neu eingeben.",
  consent:
    "Für einen Videotermin muss die Person dem Videogespräch zustimmen. Sonst bitte einen Termin vor Ort buchen.",
  notBookable: "Diese Angabe passt nicht. Bitte neu wählen.",
  dateOfBirth: "Bitte ein Geburtsdatum eingeben, das es gibt und das nicht in der Zukunft liegt.",
  language: "Bitte eine Sprache aus der Liste wählen.",
  nameTooShort: "Bitte mindestens zwei Zeichen des Namens eingeben.",
  criterion: "Bitte mindestens eine Angabe zum Suchen eingeben: Name, Geburtsdatum, Kundennummer oder Telefon.",
  taken: "Diese Zeit wurde gerade vergeben. Bitte eine der freien Zeiten wählen.",
  tooMany:
    "Für diese Telefonnummer oder E-Mail-Adresse gibt es schon drei offene Termine. Bitte erst einen absagen oder andere Kontaktdaten angeben.",
  sentTwice: "Diese Buchung wurde schon abgeschickt. Bitte die Seite neu laden und prüfen.",
  unknownPerson: "Diese Person gibt es nicht (mehr). Bitte neu suchen.",
};

/** Where a field's code needs its own sentence. */
const BY_FIELD: Partial<Record<ProblemField, Partial<Record<ProblemCode, string>>>> = {
  start: { notBookable: "Diese Zeit kann nicht gebucht werden. Bitte eine der freien Zeiten wählen." },
  requestType: {
    notBookable:
      "Dieses Anliegen kann so nicht gebucht werden (zum Beispiel nicht als Videotermin). Bitte Anliegen oder Art des Termins ändern.",
  },
  channel: { notBookable: "Dieses Anliegen gibt es nicht auf diesem Weg. Bitte „vor Ort“ oder „Video“ wählen." },
  location: { notBookable: "Bitte einen Standort aus der Liste wählen." },
  assistance: { notBookable: "Bitte wählen, wie gebucht wird: am Schalter oder am Telefon." },
  person: {
    name: "Der gespeicherte Name dieser Person fehlt. Bitte die Person neu anlegen.",
    invalidCharacters: "Der gespeicherte Name dieser Person enthält Steuerzeichen. Bitte die Person neu anlegen.",
    tooLong: "Der gespeicherte Name oder die Kundennummer dieser Person ist zu lang. Bitte die Person neu anlegen.",
  },
  interpreter: { notBookable: "Bitte eine Sprache aus der Liste wählen." },
};

export function problemText(field: ProblemField, code: ProblemCode): string {
  return BY_FIELD[field]?.[code] ?? BY_CODE[code];
}

/** Each problem's sentence by field. */
export function problemTexts(problems: Problems): Partial<Record<ProblemField, string>> {
  return Object.fromEntries(
    Object.entries(problems).map(([field, code]) => [field, problemText(field as ProblemField, code)]),
  );
}
