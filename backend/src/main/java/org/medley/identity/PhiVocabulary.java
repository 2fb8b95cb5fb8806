package org.medley.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The small dictionaries the {@link MinimumNecessary} filter judges names by: words that follow
 * "patient" or "Mrs." in IT tickets without being a name, the application names that look like
 * people's names, and common first names (to find a name written in lower case, "pt john smith").
 * Lower case; add a word here when the redaction corpus shows it masked in error.
 */
final class PhiVocabulary {

  private PhiVocabulary() {}

  /** Words that are never a name: what a name run after a cue stops at. */
  static final Set<String> NOT_NAMES =
      words(
          // function words and verbs that follow a name in a sentence
          "a an the and or but nor of in on at to for from by with without into onto over under"
              + " via per as is isn't was wasn't are were be been being has have had hasn't"
              + " does doesn't did didn't do can cannot can't could couldn't will won't would"
              + " should shall may might must not no yes this that these those it its it's"
              + " who whom whose which what when where why how all any each every some none"
              + " he she they them his her their him i we you me my our your us also still"
              + " again just only then than so if else once after before since until while"
              + " during because about above below between through up down out off here there"
              + " now today tonight yesterday tomorrow am pm asap please pls thanks thank thx"
              + " fyi re fw fwd see seen saw says said called calls calling call asked asks"
              + " reports reported states stated got gets get getting shows showed showing"
              + " needs need needed wants want tried tries trying cant wont dont doesnt isnt"
              + " wasnt didnt couldnt etc ok okay hi hello dear team user users"
              // words that follow "patient" or a title in IT tickets
              + " access safety portal portals experience transport transporter registration"
              + " services service financial relations care accounts account flow monitoring"
              + " monitor monitors education intake placement logistics advocacy advocate"
              + " engagement movement list lists station stations header banner chart charts"
              + " record records id ids identifier identification info information search"
              + " lookup look-up label labels wristband wristbands armband room rooms bed beds"
              + " census tracking tracker board boards summary friendly demographics kiosk"
              + " kiosks check-in checkin checkout check-out queue queues name names lookup"
              + " number numbers data details detail file files folder documents document"
              + " documentation report reports letter letters consent consents photo photos"
              + " picture pictures armbands scanner scanners scanning scan scans sticker"
              + " stickers belongings meal meals menu menus tv phone phones call-light"
              + " wifi guest guests network television entertainment bedside rounding"
              + " location locations context selection select selected merge merges"
              + " duplicate duplicates mismatch match matching status sidebar storyboard"
              + " header's lists' side facing-facing facing family families visitor visitors"
              + " satisfaction survey surveys statement statements billing bill bills"
              + " estimate estimates payment payments balance balances private message"
              + " messages messaging inbox outreach appointment appointments schedule"
              + " scheduling encounter encounters visit visits admission admissions"
              + " discharge discharges transfer transfers level levels class unit units"
              + " floor floors wing tower west east north south central main ward wards"
              + " icu picu nicu ed er or pacu ob l&d med surg med-surg tele telemetry"
              + " oncology cardiology radiology pharmacy lab laboratory imaging nursing"
              + " nurse nurses doctor physician provider providers clinic clinics dept"
              + " department office desk front hospital health system center centre"
              + " medical mr mrs ms miss mx dr drs rn md np pa lpn cna"
              // days, months
              + " monday tuesday wednesday thursday friday saturday sunday mon tue tues wed"
              + " thu thur thurs fri sat sun january february march april may june july"
              + " august september october november december jan feb mar apr jun jul aug"
              + " sep sept oct nov dec"
              // devices and IT words
              + " printer printers badge badges workstation workstations pc pcs computer"
              + " laptop laptops tablet tablets ipad ipads iphone cart carts pump pumps"
              + " monitor vitals device devices server servers citrix vpn wi-fi login logins"
              + " log logs password passwords error errors issue issues problem problems"
              + " ticket tickets incident incidents request requests update updates"
              + " upgrade upgrades version build test tests prod production training"
              + " environment downtime outage outages interface interfaces hl7 feed feeds"
              + " order orders result results medication medications meds med mar emar"
              + " barcode barcodes allergy allergies note notes flowsheet flowsheets"
              + " specimen specimens sample samples image images study studies exam exams"
              + " unknown doe test-patient zztest zz xx tbd n/a na"
              // labels and people words that follow a cue
              + " patient patients pt pts boy girl twin baby newborn husband wife daughter son"
              + " mother father mom dad caregiver guardian sister brother relative mrn dob ssn"
              + " fin csn har acct epi age sex gender cell tel email e-mail address zip"
              + " insurance member hello world jr sr ii iii");

  /**
   * Application and product names that look like people's names. After "patient" one of these alone
   * is taken for the application ("patient Rover scan"); followed by a surname, or after "Mrs.", it
   * is a person's first name ("Mrs. Willow Hart").
   */
  static final Set<String> APPLICATIONS =
      words(
          "epic haiku canto rover willow beaker cadence vocera sunquest dragon cerner"
              + " powerchart firstnet surginet hyperspace mychart healthy planet prelude"
              + " resolute tapestry kaleidoscope cupid radiant optime stork bridges wisdom"
              + " asap clindoc phoenix orders grand central welcome limerick bugsy compass"
              + " rounding brick imprivata citrix pyxis omnicell alaris kronos workday teams"
              + " zoom outlook sectra powerscribe meditech cerner millennium athena allscripts"
              + " nextgen cloverleaf rhapsody mirth lawson muse philips intellivue spok amion"
              + " tigerconnect halo rauland hillrom hill-rom stryker vocera engage qgenda"
              + " sage dawn orchard softlab harvest galen sherlock nova carelink medtronic"
              + " baxter sigma spectrum smiths medfusion bd carefusion mckesson star horizon"
              + " paragon soarian invision pathways genesis aria mosaiq varian elekta"
              + " merge iconnect fuji synapse agfa impax centricity carestream vue lumen"
              + " nuance dax fluency mmodal solventum philips ge siemens fujitsu zebra honeywell"
              + " dell lenovo microsoft apple");

  /** Common first names, to find a name a hurried writer left in lower case. */
  static final Set<String> FIRST_NAMES =
      words(
          "james john robert michael william david richard joseph thomas charles"
              + " christopher daniel matthew anthony donald steven paul andrew joshua"
              + " kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob"
              + " gary nicholas eric jonathan stephen larry justin scott brandon benjamin"
              + " samuel gregory alexander frank patrick raymond jack dennis jerry tyler"
              + " aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah"
              + " jeremy christian abby keith roger terry gerald harold sean austin carl arthur"
              + " lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert"
              + " willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby"
              + " mason philip louis luis carlos miguel jorge pedro manuel ahmed mohammed"
              + " muhammad ali omar wei li chen raj ravi amit arjun kenji hiroshi mary"
              + " patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa"
              + " nancy betty margaret sandra ashley kimberly emily donna michelle carol"
              + " amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia"
              + " kathleen amy angela shirley anna brenda pamela emma nicole helen samantha"
              + " katherine christine debra rachel carolyn janet catherine maria heather"
              + " diane ruth julie olivia joyce virginia victoria kelly lauren christina"
              + " joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria"
              + " teresa ann sara madison frances kathryn janice jean abigail alice judy"
              + " sophia grace denise amber doris marilyn danielle beverly isabella theresa"
              + " diana natalie brittany charlotte marie kayla alexis lori rosa rose ana"
              + " lucia sofia camila valentina guadalupe carmen juana yolanda priya aisha"
              + " fatima mei yuki keiko ngozi chloe zoe lily mia ava ella harper willow"
              + " cadence");

  private static Set<String> words(String spaced) {
    return Arrays.stream(spaced.split("\\s+"))
        .filter(w -> !w.isEmpty())
        .map(w -> w.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
