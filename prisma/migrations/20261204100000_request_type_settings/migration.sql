-- Request types as the admin edits them (/staff/admin/request-types). Their titles and short
-- explanations in all eight portal languages move from the message files into request_type (the
-- citizen pages showed the message files' texts for these keys; those texts are copied here, so
-- nothing changes for citizens), with what to bring per language, the list the confirmation showed
-- for every request type until now. A refused edit form is kept for an hour in request_type_draft.
ALTER TABLE "request_type" ADD COLUMN "what_to_bring" JSONB NOT NULL DEFAULT '{}';

UPDATE "request_type" SET "title" = "title" || '{"de":"Änderung mitteilen","de-x-ls":"Etwas hat sich geändert","en":"Report a change","tr":"Değişiklik bildirmek","ar":"الإبلاغ عن تغيير","uk":"Повідомити про зміни","bg":"Съобщаване за промяна","ro":"Anunțarea unei schimbări"}'::jsonb,
    "description" = "description" || '{"de":"Einkommen, Haushalt, Adresse oder Konto haben sich geändert.","de-x-ls":"Zum Beispiel:\nSie verdienen mehr Geld.\nOder Sie haben eine neue Adresse.","en":"Your income, household, address or bank account has changed.","tr":"Geliriniz, haneniz, adresiniz veya banka hesabınız değişti.","ar":"تغيّر دخلك أو أفراد أسرتك أو عنوانك أو حسابك البنكي.","uk":"Змінилися ваш дохід, склад домогосподарства, адреса або банківський рахунок.","bg":"Доходът, домакинството, адресът или банковата ви сметка са се променили.","ro":"Venitul, gospodăria, adresa sau contul bancar s-au schimbat."}'::jsonb
    WHERE "key" = 'change-report';
UPDATE "request_type" SET "title" = "title" || '{"de":"Unterlagen einreichen","de-x-ls":"Papiere abgeben","en":"Hand in documents","tr":"Belge teslim etmek","ar":"تقديم مستندات","uk":"Подати документи","bg":"Подаване на документи","ro":"Depunerea documentelor"}'::jsonb,
    "description" = "description" || '{"de":"Lohnabrechnungen, Kontoauszüge, Mietunterlagen und andere Nachweise.","de-x-ls":"Zum Beispiel:\nIhre Lohn-Abrechnung.\nOder Ihre Konto-Auszüge.","en":"Payslips, bank statements, rent papers and other proof.","tr":"Maaş bordroları, hesap dökümleri, kira belgeleri ve diğer kanıtlar.","ar":"كشوف الرواتب وكشوف الحساب ووثائق الإيجار وإثباتات أخرى.","uk":"Розрахункові листки, виписки з рахунку, документи на оренду та інші підтвердження.","bg":"Фишове за заплата, банкови извлечения, документи за наем и други доказателства.","ro":"Fluturași de salariu, extrase de cont, acte de chirie și alte dovezi."}'::jsonb
    WHERE "key" = 'submit-documents';
UPDATE "request_type" SET "title" = "title" || '{"de":"Krankmeldung","de-x-ls":"Sie sind krank","en":"Report sick","tr":"Hastalık bildirmek","ar":"الإبلاغ عن المرض","uk":"Повідомити про хворобу","bg":"Съобщаване за болест","ro":"Anunțarea bolii"}'::jsonb,
    "description" = "description" || '{"de":"Sie sind krank und können nicht arbeiten oder nicht zum Termin kommen.","de-x-ls":"Sie sind krank.\nSie können nicht arbeiten.\nOder Sie können nicht zum Termin kommen.","en":"You are ill and cannot work or come to an appointment.","tr":"Hastasınız ve çalışamıyor veya randevuya gelemiyorsunuz.","ar":"أنت مريض ولا تستطيع العمل أو الحضور إلى الموعد.","uk":"Ви хворі й не можете працювати або прийти на зустріч.","bg":"Болни сте и не можете да работите или да дойдете на среща.","ro":"Sunteți bolnav și nu puteți lucra sau veni la programare."}'::jsonb
    WHERE "key" = 'sick-note';
UPDATE "request_type" SET "title" = "title" || '{"de":"Weiterbewilligung beantragen","de-x-ls":"Weiter Bürger-Geld bekommen","en":"Apply for continued benefits","tr":"Yardımın devamı için başvurmak","ar":"طلب استمرار الإعانة","uk":"Подати заяву на продовження виплат","bg":"Заявление за продължаване на помощта","ro":"Cerere de continuare a ajutorului"}'::jsonb,
    "description" = "description" || '{"de":"Ihr Bewilligungszeitraum endet bald und Sie brauchen weiter Leistungen.","de-x-ls":"Ihr Bürger-Geld endet bald.\nSie brauchen weiter Geld vom Jobcenter.","en":"Your benefit period ends soon and you still need support.","tr":"Yardım süreniz yakında bitiyor ve yardıma hâlâ ihtiyacınız var.","ar":"فترة إعانتك تنتهي قريبًا وما زلت بحاجة إلى الدعم.","uk":"Ваш період виплат скоро закінчується, і вам і далі потрібна підтримка.","bg":"Периодът на помощта ви скоро изтича и все още имате нужда от подкрепа.","ro":"Perioada de ajutor se încheie curând și aveți în continuare nevoie de sprijin."}'::jsonb
    WHERE "key" = 'continued-benefits';
UPDATE "request_type" SET "title" = "title" || '{"de":"Kontaktdaten ändern","de-x-ls":"Neue Telefon-Nummer oder Adresse","en":"Change contact details","tr":"İletişim bilgilerini değiştirmek","ar":"تغيير بيانات الاتصال","uk":"Змінити контактні дані","bg":"Промяна на данни за контакт","ro":"Schimbarea datelor de contact"}'::jsonb,
    "description" = "description" || '{"de":"Neue Telefonnummer, E-Mail-Adresse oder Anschrift.","de-x-ls":"Sie haben eine neue Telefon-Nummer.\nOder eine neue E-Mail-Adresse.\nOder eine neue Adresse.","en":"A new phone number, e-mail address or postal address.","tr":"Yeni telefon numarası, e-posta adresi veya posta adresi.","ar":"رقم هاتف جديد أو بريد إلكتروني جديد أو عنوان جديد.","uk":"Новий номер телефону, адреса електронної пошти або поштова адреса.","bg":"Нов телефонен номер, имейл адрес или пощенски адрес.","ro":"Un număr de telefon, o adresă de e-mail sau o adresă poștală nouă."}'::jsonb
    WHERE "key" = 'contact-details';
UPDATE "request_type" SET "title" = "title" || '{"de":"Ortsabwesenheit beantragen","de-x-ls":"Sie möchten verreisen","en":"Ask to be away from home","tr":"Şehir dışında bulunma izni istemek","ar":"طلب الغياب عن مكان السكن","uk":"Попросити дозвіл на відсутність","bg":"Разрешение за отсъствие","ro":"Cerere de absență din localitate"}'::jsonb,
    "description" = "description" || '{"de":"Sie möchten verreisen oder eine Zeit nicht erreichbar sein.","de-x-ls":"Sie möchten eine Zeit weg-fahren.\nDas Jobcenter muss das vorher erlauben.","en":"You want to travel or be away for a while.","tr":"Seyahat etmek veya bir süre ulaşılamaz olmak istiyorsunuz.","ar":"تريد السفر أو أن تكون غير متاح لفترة.","uk":"Ви хочете поїхати або деякий час бути недоступними.","bg":"Искате да пътувате или да бъдете недостъпни за известно време.","ro":"Vreți să călătoriți sau să nu fiți disponibil o perioadă."}'::jsonb
    WHERE "key" = 'absence';
UPDATE "request_type" SET "title" = "title" || '{"de":"Beratung zu Arbeit und Ausbildung","de-x-ls":"Gespräch über Arbeit","en":"Counselling on work and training","tr":"İş ve eğitim danışmanlığı","ar":"استشارة حول العمل والتدريب","uk":"Консультація щодо роботи та навчання","bg":"Консултация за работа и обучение","ro":"Consiliere privind munca și formarea"}'::jsonb,
    "description" = "description" || '{"de":"Gespräch über Arbeit, Weiterbildung, Ausbildung und Ihre Pläne.","de-x-ls":"Sie sprechen mit uns über Arbeit.\nOder über eine Ausbildung.\nUnd über Ihre Pläne.","en":"A talk about work, further training, apprenticeships and your plans.","tr":"İş, meslek eğitimi, kurslar ve planlarınız hakkında görüşme.","ar":"حديث عن العمل والتدريب المهني والدورات وخططك.","uk":"Розмова про роботу, професійне навчання, курси та ваші плани.","bg":"Разговор за работа, професионално обучение, курсове и вашите планове.","ro":"O discuție despre muncă, formare profesională, cursuri și planurile dumneavoastră."}'::jsonb
    WHERE "key" = 'job-counselling';
UPDATE "request_type" SET "title" = "title" || '{"de":"Frage zu einem Bescheid","de-x-ls":"Frage zu einem Brief vom Jobcenter","en":"Question about a decision letter","tr":"Bir karar yazısı hakkında soru","ar":"سؤال عن قرار","uk":"Питання щодо рішення (Bescheid)","bg":"Въпрос за решение (Bescheid)","ro":"Întrebare despre o decizie (Bescheid)"}'::jsonb,
    "description" = "description" || '{"de":"Sie verstehen einen Bescheid nicht oder halten ihn für falsch.","de-x-ls":"Sie haben einen Brief vom Jobcenter bekommen.\nSie verstehen den Brief nicht.\nOder Sie denken: Der Brief ist falsch.","en":"You do not understand a decision letter or think it is wrong.","tr":"Bir karar yazısını anlamıyorsunuz veya yanlış olduğunu düşünüyorsunuz.","ar":"لا تفهم خطاب القرار أو تعتقد أنه خاطئ.","uk":"Ви не розумієте рішення або вважаєте його неправильним.","bg":"Не разбирате решение или смятате, че е грешно.","ro":"Nu înțelegeți o decizie sau credeți că este greșită."}'::jsonb
    WHERE "key" = 'decision-question';
UPDATE "request_type" SET "title" = "title" || '{"de":"Bürgergeld zum ersten Mal beantragen","de-x-ls":"Zum ersten Mal Bürger-Geld beantragen","en":"Apply for Bürgergeld for the first time","tr":"İlk kez Bürgergeld başvurusu","ar":"طلب Bürgergeld لأول مرة","uk":"Уперше подати заяву на Bürgergeld","bg":"Първо заявление за Bürgergeld","ro":"Prima cerere de Bürgergeld"}'::jsonb,
    "description" = "description" || '{"de":"Sie bekommen noch kein Bürgergeld und möchten es beantragen.","de-x-ls":"Sie bekommen noch kein Bürger-Geld.\nSie möchten Bürger-Geld bekommen.","en":"You do not receive Bürgergeld yet and want to apply.","tr":"Henüz Bürgergeld almıyorsunuz ve başvurmak istiyorsunuz.","ar":"لا تحصل بعد على Bürgergeld وتريد تقديم طلب.","uk":"Ви ще не отримуєте Bürgergeld і хочете подати заяву.","bg":"Все още не получавате Bürgergeld и искате да кандидатствате.","ro":"Nu primiți încă Bürgergeld și vreți să depuneți o cerere."}'::jsonb
    WHERE "key" = 'first-application';
UPDATE "request_type" SET "title" = "title" || '{"de":"Notlage: sofort Hilfe","de-x-ls":"Not-Fall: Hilfe sofort","en":"Emergency: help now","tr":"Acil durum: hemen yardım","ar":"حالة طارئة: مساعدة فورية","uk":"Надзвичайна ситуація: допомога негайно","bg":"Спешен случай: помощ веднага","ro":"Urgență: ajutor imediat"}'::jsonb,
    "description" = "description" || '{"de":"Kein Geld, kein Essen, Räumung der Wohnung oder Strom abgestellt.","de-x-ls":"Sie haben kein Geld.\nOder kein Essen.\nOder Sie verlieren Ihre Wohnung.\nOder der Strom ist weg.","en":"No money, no food, eviction or the power has been cut off.","tr":"Para yok, yiyecek yok, tahliye veya elektrik kesildi.","ar":"لا مال، لا طعام، إخلاء المسكن أو انقطاع الكهرباء.","uk":"Немає грошей, немає їжі, виселення або відключили електрику.","bg":"Няма пари, няма храна, извеждане от жилището или спрян ток.","ro":"Fără bani, fără mâncare, evacuare sau curentul a fost oprit."}'::jsonb
    WHERE "key" = 'emergency';
UPDATE "request_type" SET "title" = "title" || '{"de":"Hilfe bei den Online-Diensten","de-x-ls":"Hilfe mit dem Internet","en":"Help with the online services","tr":"Çevrim içi hizmetlerde yardım","ar":"مساعدة في الخدمات الإلكترونية","uk":"Допомога з онлайн-послугами","bg":"Помощ с онлайн услугите","ro":"Ajutor cu serviciile online"}'::jsonb,
    "description" = "description" || '{"de":"Wir zeigen Ihnen, wie Sie die Online-Dienste nutzen.","de-x-ls":"Wir zeigen Ihnen:\nSo geht das Portal im Internet.","en":"We show you how to use the online services.","tr":"Çevrim içi hizmetleri nasıl kullanacağınızı gösteriyoruz.","ar":"نريك كيف تستخدم الخدمات الإلكترونية.","uk":"Ми покажемо вам, як користуватися онлайн-послугами.","bg":"Показваме ви как да използвате онлайн услугите.","ro":"Vă arătăm cum să folosiți serviciile online."}'::jsonb
    WHERE "key" = 'digital-help';

UPDATE "request_type" SET "what_to_bring" = '{"de":["Personalausweis oder Pass","Briefe vom Jobcenter zu Ihrem Anliegen","Nachweise, um die es geht (zum Beispiel Lohnabrechnung, Mietvertrag)"],"de-x-ls":["Ihren Ausweis oder Ihren Pass","Briefe vom Jobcenter zu Ihrem Anliegen","Ihre Papiere zum Anliegen. Zum Beispiel: Lohn-Abrechnung oder Miet-Vertrag."],"en":["Identity card or passport","Letters from the Jobcenter about your request","The documents it is about (for example payslip, tenancy agreement)"],"tr":["Kimlik kartı veya pasaport","Konunuzla ilgili Jobcenter mektupları","İlgili belgeler (örneğin maaş bordrosu, kira sözleşmesi)"],"ar":["بطاقة الهوية أو جواز السفر","رسائل مركز العمل المتعلقة بطلبك","المستندات المعنية (مثلًا كشف الراتب، عقد الإيجار)"],"uk":["Посвідчення особи або паспорт","Листи від Jobcenter щодо вашого питання","Потрібні документи (наприклад, розрахунковий лист, договір оренди)"],"bg":["Лична карта или паспорт","Писма от Jobcenter по вашия въпрос","Съответните документи (например фиш за заплата, договор за наем)"],"ro":["Buletin sau pașaport","Scrisorile de la Jobcenter despre solicitarea dumneavoastră","Documentele în cauză (de exemplu fluturaș de salariu, contract de închiriere)"]}'::jsonb;

-- Every title needs its German text, the fallback for a language left empty; a type added without
-- one gets its key as German title.
UPDATE "request_type" SET "title" = CASE WHEN jsonb_typeof("title") = 'object' THEN "title" ELSE '{}'::jsonb END || jsonb_build_object('de', "key")
    WHERE jsonb_typeof("title") <> 'object' OR length(btrim(coalesce("title"->>'de', ''))) = 0;
ALTER TABLE "request_type" ADD CONSTRAINT "request_type_title_de_check"
    CHECK (jsonb_typeof("title") = 'object' AND length(btrim(coalesce("title"->>'de', ''))) > 0);

-- Any update is a new updated_at, strictly later than the one before, whoever writes it (raw SQL
-- included): the booking gate keeps a request type's rules per process and compares it.
CREATE FUNCTION request_type_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := greatest(clock_timestamp(), OLD.updated_at + interval '1 millisecond');
    RETURN NEW;
END;
$$;

CREATE TRIGGER request_type_touch
    BEFORE UPDATE ON "request_type"
    FOR EACH ROW EXECUTE FUNCTION request_type_touch();

CREATE TABLE "request_type_draft" (
    "id" UUID NOT NULL,
    "request_type_key" TEXT NOT NULL,
    "staff_user_id" UUID NOT NULL,
    "entries" JSONB NOT NULL,
    "problems" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "request_type_draft_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "request_type_draft_expires_at_idx" ON "request_type_draft"("expires_at");

ALTER TABLE "request_type_draft" ADD CONSTRAINT "request_type_draft_request_type_key_fkey"
    FOREIGN KEY ("request_type_key") REFERENCES "request_type"("key") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "request_type_draft" ADD CONSTRAINT "request_type_draft_staff_user_id_fkey"
    FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
