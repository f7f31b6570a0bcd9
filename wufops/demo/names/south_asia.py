"""Name pools of South Asian scripts: Hindi and Nepali (Devanagari) and Bengali, with the
Latin spelling people from India, Nepal and Bangladesh commonly use.
"""

from __future__ import annotations

from wufops.demo.names import NamePool, pool

POOLS: tuple[NamePool, ...] = (
    pool(
        "hi",
        "hi",
        "Deva",
        male="राहुल=Rahul; अमित=Amit; विजय=Vijay; सुनील=Sunil; राजेश=Rajesh; अनिल=Anil; "
        "संजय=Sanjay; अर्जुन=Arjun; रोहित=Rohit; आदित्य=Aditya",
        female="प्रिया=Priya; अंजलि=Anjali; पूजा=Pooja; सुनीता=Sunita; नेहा=Neha; "
        "कविता=Kavita; दीपिका=Deepika; लक्ष्मी=Lakshmi; श्रेया=Shreya",
        family="शर्मा=Sharma; वर्मा=Verma; गुप्ता=Gupta; सिंह=Singh; कुमार=Kumar; पटेल=Patel; "
        "यादव=Yadav; मिश्रा=Mishra; जोशी=Joshi; अग्रवाल=Agarwal; चौधरी=Chaudhary; "
        "त्रिपाठी=Tripathi; श्रीवास्तव=Srivastava",
    ),
    pool(
        "ne",
        "ne",
        "Deva",
        male="राम=Ram; हरि=Hari; बिकास=Bikash; सुरेश=Suresh; प्रकाश=Prakash; दीपक=Deepak",
        female="सीता=Sita; गीता=Gita; सरिता=Sarita; सुष्मा=Sushma; अनिता=Anita; कमला=Kamala",
        family="श्रेष्ठ=Shrestha; थापा=Thapa; गुरुङ=Gurung; अधिकारी=Adhikari; पौडेल=Poudel; "
        "तामाङ=Tamang; राई=Rai; खड्का=Khadka",
    ),
    pool(
        "bn",
        "bn",
        "Beng",
        male="মোহাম্মদ=Mohammad; রহিম=Rahim; করিম=Karim; আবদুল=Abdul; সাকিব=Sakib; তানভীর=Tanvir",
        female="ফাতেমা=Fatema; নুসরাত=Nusrat; তাসলিমা=Taslima; সুমাইয়া=Sumaiya; শারমিন=Sharmin; রুমানা=Rumana",
        family="রহমান=Rahman; হোসেন=Hossain; আহমেদ=Ahmed; ইসলাম=Islam; চৌধুরী=Chowdhury; "
        "খান=Khan; আলম=Alam; সরকার=Sarkar",
    ),
)
