-- The request types' texts after the review of the translations (docs/translations.md): the emergency's
-- list of what to bring asks for the ID only if possible (as the emergency page says), eviction is
-- named as such, one term per concept, Arabic Latin words in direction isolates, Leichte Sprache one
-- sentence per item. Each text changes only where an installation still has the text as shipped (the
-- list of what to bring, shipped alike for every type, in any row), so that an admin's own wording stays.
UPDATE "request_type" SET "what_to_bring" = jsonb_set("what_to_bring", '{de-x-ls}', '["Ihren Ausweis oder Ihren Pass","Briefe vom Jobcenter zu Ihrem Anliegen","Ihre Papiere zum Anliegen, zum Beispiel: Lohn-Abrechnung oder Miet-Vertrag"]'::jsonb)
  WHERE "what_to_bring" -> 'de-x-ls' = '["Ihren Ausweis oder Ihren Pass","Briefe vom Jobcenter zu Ihrem Anliegen","Ihre Papiere zum Anliegen. Zum Beispiel: Lohn-Abrechnung oder Miet-Vertrag."]'::jsonb;
UPDATE "request_type" SET "what_to_bring" = jsonb_set("what_to_bring", '{tr}', '["Kimlik kartı veya pasaport","İşleminizle ilgili Jobcenter mektupları","İlgili belgeler (örneğin maaş bordrosu, kira sözleşmesi)"]'::jsonb)
  WHERE "what_to_bring" -> 'tr' = '["Kimlik kartı veya pasaport","Konunuzla ilgili Jobcenter mektupları","İlgili belgeler (örneğin maaş bordrosu, kira sözleşmesi)"]'::jsonb;
UPDATE "request_type" SET "what_to_bring" = jsonb_set("what_to_bring", '{ro}', '["Carte de identitate sau pașaport","Scrisorile de la Jobcenter despre solicitarea dumneavoastră","Documentele în cauză (de exemplu fluturaș de salariu, contract de închiriere)"]'::jsonb)
  WHERE "what_to_bring" -> 'ro' = '["Buletin sau pașaport","Scrisorile de la Jobcenter despre solicitarea dumneavoastră","Documentele în cauză (de exemplu fluturaș de salariu, contract de închiriere)"]'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{uk}', '"Ви хворі й не можете працювати або прийти на прийом."'::jsonb)
  WHERE "key" = 'sick-note' AND "description" -> 'uk' = '"Ви хворі й не можете працювати або прийти на зустріч."'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{bg}', '"Болни сте и не можете да работите или да дойдете на час."'::jsonb)
  WHERE "key" = 'sick-note' AND "description" -> 'bg' = '"Болни сте и не можете да работите или да дойдете на среща."'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{en}', '"Your approval period (Bewilligungszeitraum) ends soon and you still need support."'::jsonb)
  WHERE "key" = 'continued-benefits' AND "description" -> 'en' = '"Your benefit period ends soon and you still need support."'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{tr}', '"Onay süreniz (Bewilligungszeitraum) yakında bitiyor ve yardıma hâlâ ihtiyacınız var."'::jsonb)
  WHERE "key" = 'continued-benefits' AND "description" -> 'tr' = '"Yardım süreniz yakında bitiyor ve yardıma hâlâ ihtiyacınız var."'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{ar}', '"فترة الموافقة (\u2068Bewilligungszeitraum\u2069) تنتهي قريبًا وما زلت بحاجة إلى الدعم."'::jsonb)
  WHERE "key" = 'continued-benefits' AND "description" -> 'ar' = '"فترة إعانتك تنتهي قريبًا وما زلت بحاجة إلى الدعم."'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{uk}', '"Ваш період призначення допомоги (Bewilligungszeitraum) скоро закінчується, і вам і далі потрібна підтримка."'::jsonb)
  WHERE "key" = 'continued-benefits' AND "description" -> 'uk' = '"Ваш період виплат скоро закінчується, і вам і далі потрібна підтримка."'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{bg}', '"Периодът ви на отпускане (Bewilligungszeitraum) скоро изтича и все още имате нужда от подкрепа."'::jsonb)
  WHERE "key" = 'continued-benefits' AND "description" -> 'bg' = '"Периодът на помощта ви скоро изтича и все още имате нужда от подкрепа."'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{ro}', '"Perioada de aprobare (Bewilligungszeitraum) se încheie curând și aveți în continuare nevoie de sprijin."'::jsonb)
  WHERE "key" = 'continued-benefits' AND "description" -> 'ro' = '"Perioada de ajutor se încheie curând și aveți în continuare nevoie de sprijin."'::jsonb;
UPDATE "request_type" SET "title" = jsonb_set("title", '{de-x-ls}', '"Sie wollen verreisen"'::jsonb)
  WHERE "key" = 'absence' AND "title" -> 'de-x-ls' = '"Sie möchten verreisen"'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{de-x-ls}', '"Sie wollen eine Zeit weg-fahren.\nDas Jobcenter muss das vorher erlauben."'::jsonb)
  WHERE "key" = 'absence' AND "description" -> 'de-x-ls' = '"Sie möchten eine Zeit weg-fahren.\nDas Jobcenter muss das vorher erlauben."'::jsonb;
UPDATE "request_type" SET "title" = jsonb_set("title", '{ar}', '"طلب \u2068Bürgergeld\u2069 لأول مرة"'::jsonb)
  WHERE "key" = 'first-application' AND "title" -> 'ar' = '"طلب Bürgergeld لأول مرة"'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{de-x-ls}', '"Sie bekommen noch kein Bürger-Geld.\nSie wollen Bürger-Geld bekommen."'::jsonb)
  WHERE "key" = 'first-application' AND "description" -> 'de-x-ls' = '"Sie bekommen noch kein Bürger-Geld.\nSie möchten Bürger-Geld bekommen."'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{ar}', '"لا تحصل بعد على \u2068Bürgergeld\u2069 وتريد تقديم طلب."'::jsonb)
  WHERE "key" = 'first-application' AND "description" -> 'ar' = '"لا تحصل بعد على Bürgergeld وتريد تقديم طلب."'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{en}', '"No money, no food, facing eviction from your home or the power has been cut off."'::jsonb)
  WHERE "key" = 'emergency' AND "description" -> 'en' = '"No money, no food, eviction or the power has been cut off."'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{tr}', '"Paranız yok, yiyeceğiniz yok, evden çıkarılma tehlikesi var veya elektriğiniz kesildi."'::jsonb)
  WHERE "key" = 'emergency' AND "description" -> 'tr' = '"Para yok, yiyecek yok, tahliye veya elektrik kesildi."'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{ar}', '"لا مال، لا طعام، يهددك الإخلاء من المسكن أو انقطعت الكهرباء."'::jsonb)
  WHERE "key" = 'emergency' AND "description" -> 'ar' = '"لا مال، لا طعام، إخلاء المسكن أو انقطاع الكهرباء."'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{uk}', '"Немає грошей, немає їжі, загрожує виселення з житла або відключили електрику."'::jsonb)
  WHERE "key" = 'emergency' AND "description" -> 'uk' = '"Немає грошей, немає їжі, виселення або відключили електрику."'::jsonb;
UPDATE "request_type" SET "description" = jsonb_set("description", '{ro}', '"Nu aveți bani, nu aveți mâncare, sunteți amenințat(ă) cu evacuarea din locuință sau curentul a fost oprit."'::jsonb)
  WHERE "key" = 'emergency' AND "description" -> 'ro' = '"Fără bani, fără mâncare, evacuare sau curentul a fost oprit."'::jsonb;
UPDATE "request_type" SET "what_to_bring" = jsonb_set("what_to_bring", '{de}', '["Wenn möglich: Personalausweis oder Pass","Briefe zur Notlage, zum Beispiel eine Mahnung oder die Ankündigung der Stromsperre","Nachweise, um die es geht (zum Beispiel Lohnabrechnung, Mietvertrag)"]'::jsonb)
  WHERE "key" = 'emergency' AND "what_to_bring" -> 'de' = '["Personalausweis oder Pass","Briefe vom Jobcenter zu Ihrem Anliegen","Nachweise, um die es geht (zum Beispiel Lohnabrechnung, Mietvertrag)"]'::jsonb;
UPDATE "request_type" SET "what_to_bring" = jsonb_set("what_to_bring", '{de-x-ls}', '["Wenn Sie haben: Ihren Ausweis oder Ihren Pass","Die Briefe zu Ihrer Not, zum Beispiel eine Mahnung: Eine Mahnung ist ein Brief, Sie müssen Geld bezahlen","Ihre Papiere zum Anliegen, zum Beispiel: Lohn-Abrechnung oder Miet-Vertrag"]'::jsonb)
  WHERE "key" = 'emergency' AND "what_to_bring" -> 'de-x-ls' = '["Ihren Ausweis oder Ihren Pass","Briefe vom Jobcenter zu Ihrem Anliegen","Ihre Papiere zum Anliegen, zum Beispiel: Lohn-Abrechnung oder Miet-Vertrag"]'::jsonb;
UPDATE "request_type" SET "what_to_bring" = jsonb_set("what_to_bring", '{en}', '["If possible: identity card or passport","Letters about the emergency, for example a payment demand (Mahnung) or the notice that the power will be cut off","The documents it is about (for example payslip, tenancy agreement)"]'::jsonb)
  WHERE "key" = 'emergency' AND "what_to_bring" -> 'en' = '["Identity card or passport","Letters from the Jobcenter about your request","The documents it is about (for example payslip, tenancy agreement)"]'::jsonb;
UPDATE "request_type" SET "what_to_bring" = jsonb_set("what_to_bring", '{tr}', '["Mümkünse: kimlik kartı veya pasaport","Acil durumla ilgili mektuplar, örneğin bir ihtarname (Mahnung) veya elektrik kesintisi bildirimi","İlgili belgeler (örneğin maaş bordrosu, kira sözleşmesi)"]'::jsonb)
  WHERE "key" = 'emergency' AND "what_to_bring" -> 'tr' = '["Kimlik kartı veya pasaport","İşleminizle ilgili Jobcenter mektupları","İlgili belgeler (örneğin maaş bordrosu, kira sözleşmesi)"]'::jsonb;
UPDATE "request_type" SET "what_to_bring" = jsonb_set("what_to_bring", '{ar}', '["إن أمكن: بطاقة الهوية أو جواز السفر","الرسائل المتعلقة بالحالة الطارئة، مثل إنذار بالدفع (\u2068Mahnung\u2069) أو إشعار قطع الكهرباء","المستندات المعنية (مثلًا كشف الراتب، عقد الإيجار)"]'::jsonb)
  WHERE "key" = 'emergency' AND "what_to_bring" -> 'ar' = '["بطاقة الهوية أو جواز السفر","رسائل مركز العمل المتعلقة بطلبك","المستندات المعنية (مثلًا كشف الراتب، عقد الإيجار)"]'::jsonb;
UPDATE "request_type" SET "what_to_bring" = jsonb_set("what_to_bring", '{uk}', '["Якщо можливо: посвідчення особи або паспорт","Листи щодо надзвичайної ситуації, наприклад вимога про оплату (Mahnung) або повідомлення про відключення електрики","Потрібні документи (наприклад, розрахунковий лист, договір оренди)"]'::jsonb)
  WHERE "key" = 'emergency' AND "what_to_bring" -> 'uk' = '["Посвідчення особи або паспорт","Листи від Jobcenter щодо вашого питання","Потрібні документи (наприклад, розрахунковий лист, договір оренди)"]'::jsonb;
UPDATE "request_type" SET "what_to_bring" = jsonb_set("what_to_bring", '{bg}', '["Ако е възможно: лична карта или паспорт","Писмата за спешната ситуация, например покана за плащане (Mahnung) или известие за спиране на тока","Съответните документи (например фиш за заплата, договор за наем)"]'::jsonb)
  WHERE "key" = 'emergency' AND "what_to_bring" -> 'bg' = '["Лична карта или паспорт","Писма от Jobcenter по вашия въпрос","Съответните документи (например фиш за заплата, договор за наем)"]'::jsonb;
UPDATE "request_type" SET "what_to_bring" = jsonb_set("what_to_bring", '{ro}', '["Dacă este posibil: carte de identitate sau pașaport","Scrisorile legate de urgență, de exemplu o somație de plată (Mahnung) sau anunțul de oprire a curentului","Documentele în cauză (de exemplu fluturaș de salariu, contract de închiriere)"]'::jsonb)
  WHERE "key" = 'emergency' AND "what_to_bring" -> 'ro' = '["Carte de identitate sau pașaport","Scrisorile de la Jobcenter despre solicitarea dumneavoastră","Documentele în cauză (de exemplu fluturaș de salariu, contract de închiriere)"]'::jsonb;
